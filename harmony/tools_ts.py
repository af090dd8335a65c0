"""JSON Schema to the TypeScript-style text harmony uses to describe tools to the model.

Reproduces openai-harmony's rendering (0.0.8) byte for byte: object properties with `?` for
optional ones, titles/descriptions/examples as `//` comments, `oneOf` as ` | ` unions, `nullable`,
defaults as trailing comments, and `## name` / `namespace name { ... }` sections. It does not
validate schemas: keywords it does not know (anyOf, $ref, ...) render as `any`, as upstream does.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

MAX_DEPTH = 32  # deeper schemas render as `any` instead of exhausting the stack


@dataclass(frozen=True)
class ToolSpec:
    """One tool in a namespace; `parameters` is a JSON Schema, or None for a no-argument tool."""

    name: str
    description: str = ""
    parameters: Mapping[str, Any] | None = None


def _json(value: Any) -> str:
    # serde_json's compact Display form, which upstream writes for non-string defaults
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _obj(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _str(schema: Mapping[str, Any], key: str) -> str | None:
    value = schema.get(key)
    return value if isinstance(value, str) else None


def _is_enum(schema: Mapping[str, Any]) -> bool:
    values = schema.get("enum")
    return isinstance(values, list) and len(values) > 0


def _default_text(schema: Mapping[str, Any]) -> str:
    value = schema["default"]
    if isinstance(value, str):
        return f"default: {value}" if _is_enum(schema) else f'default: "{value}"'
    return f"default: {_json(value)}"


def _with_null(schema: Mapping[str, Any], type_text: str) -> str:
    if schema.get("nullable") is True and "null" not in type_text:
        return f"{type_text} | null"
    return type_text


def _lines(text: str) -> list[str]:
    # Rust's str::lines: split on \n, drop one trailing empty line, strip a trailing \r
    if not text:
        return []
    out = text.split("\n")
    if out[-1] == "":
        out.pop()
    return [line.removesuffix("\r") for line in out]


def _one_of(variants: list[Any], indent: str, depth: int) -> str:
    out = []
    for variant in variants:
        v = _obj(variant)
        out.append(f"\n{indent} | ")
        out.append(_with_null(v, schema_to_ts(variant, indent + "   ", depth + 1)))
        comments = []
        if _str(v, "description") is not None:
            comments.append(v["description"])
        if "default" in v:
            comments.append(_default_text(v))
        if comments:
            out.append(" // " + " ".join(comments))
    return "".join(out)


def _property_one_of(
    key: str, val: Mapping[str, Any], variants: list[Any], optional: bool, indent: str, depth: int
) -> str:
    out = []
    prop_desc = _str(val, "description")
    first_desc = _str(_obj(variants[0]), "description") if variants else None
    desc_above = prop_desc is not None and prop_desc != first_desc
    if desc_above:
        out.append(f"{indent}// {prop_desc}\n")
    if "default" in val:
        out.append(f"{indent}// {_default_text(val)}\n")
    out.append(f"{indent}{key}{'?' if optional else ''}:\n")
    for i, variant in enumerate(variants):
        v = _obj(variant)
        out.append(f"{indent} | ")
        out.append(_with_null(v, schema_to_ts(variant, indent + "   ", depth + 1)))
        comments = []
        desc = _str(v, "description")
        if not (i == 0 and desc_above) and desc is not None and desc != prop_desc:
            comments.append(desc)
        if "default" in v:
            comments.append(_default_text(v))
        if comments:
            out.append(" // " + " ".join(comments))
        out.append("\n")
    out.append(f"{indent},\n")
    return "".join(out)


def _object(schema: Mapping[str, Any], indent: str, depth: int) -> str:
    out = []
    if _str(schema, "description") is not None:
        out.append(f"{indent}// {schema['description']}\n")
    out.append("{\n")
    required = (
        {r for r in schema.get("required") or [] if isinstance(r, str)}
        if isinstance(schema.get("required"), list)
        else set()
    )
    for key, raw in _obj(schema.get("properties")).items():
        val = _obj(raw)
        optional = key not in required
        if _str(val, "title") is not None:
            out.append(f"{indent}// {val['title']}\n{indent}//\n")
        if "oneOf" not in val and _str(val, "description") is not None:
            out.append(f"{indent}// {val['description']}\n")
        examples = val.get("examples")
        if isinstance(examples, list) and examples:
            out.append(f"{indent}// Examples:\n")
            out += [f'{indent}// - "{ex}"\n' for ex in examples if isinstance(ex, str)]
        if isinstance(val.get("oneOf"), list):
            out.append(_property_one_of(key, val, val["oneOf"], optional, indent, depth))
            continue
        out.append(f"{indent}{key}{'?' if optional else ''}: ")
        out.append(_with_null(val, schema_to_ts(raw, indent + "    ", depth + 1)) + ",")
        if "oneOf" not in val and "default" in val:
            out.append(f" // {_default_text(val)}")
        out.append("\n")
    out.append(f"{indent}}}")
    return "".join(out)


def schema_to_ts(schema: Any, indent: str = "", _depth: int = 0) -> str:
    """The TypeScript-style type for a JSON Schema (upstream's json_schema_to_typescript)."""
    if _depth > MAX_DEPTH:
        return "any"
    s = _obj(schema)
    if isinstance(s.get("oneOf"), list):
        return _one_of(s["oneOf"], indent, _depth)
    kind = s.get("type")
    if isinstance(kind, list):
        names = ["number" if t == "integer" else t for t in kind if isinstance(t, str)]
        if names:
            return " | ".join(names)
    if not isinstance(kind, str):
        return "any"
    if kind == "object":
        return _object(s, indent, _depth)
    if kind == "string":
        enums = (
            [f'"{v}"' for v in s.get("enum") or [] if isinstance(v, str)]
            if isinstance(s.get("enum"), list)
            else []
        )
        return " | ".join(enums) if enums else "string"
    if kind in ("number", "integer"):
        return "number"
    if kind == "boolean":
        return "boolean"
    if kind == "array":
        return f"{schema_to_ts(s['items'], indent, _depth + 1)}[]" if "items" in s else "Array<any>"
    return "any"


def render_namespace(name: str, tools: Sequence[ToolSpec], description: str | None = None) -> str:
    """A `## name` tool section; with tools, their types inside `namespace name { ... }`."""
    lines = [f"## {name}\n"]
    if description:
        lines += [f"// {line}" if tools else line for line in _lines(description)]
    if tools:
        lines.append(f"namespace {name} {{\n")
        for tool in tools:
            lines += [f"// {line}" for line in _lines(tool.description)]
            if tool.parameters is not None:
                lines.append(f"type {tool.name} = (_: {schema_to_ts(tool.parameters)}) => any;\n")
            else:
                lines.append(f"type {tool.name} = () => any;\n")
        lines.append(f"}} // namespace {name}")
    return "\n".join(lines)


def render_tools_section(namespaces: Sequence[str]) -> str:
    """`# Tools` followed by already-rendered namespace sections."""
    return "\n\n".join(["# Tools", *namespaces])
