"""JSON Schema → harmony TypeScript text on shapes the conformance vectors do not cover, derived
from openai-harmony's algorithm (types, unions, nullable, defaults, nesting, unknown keywords).
"""

from __future__ import annotations

import pytest

from harmony.tools_ts import ToolSpec, render_namespace, schema_to_ts


@pytest.mark.parametrize(
    "schema,want",
    [
        ({"type": "string"}, "string"),
        ({"type": "integer"}, "number"),
        ({"type": "boolean"}, "boolean"),
        ({"type": "null"}, "any"),
        ({"type": ["integer", "null"]}, "number | null"),
        ({"type": "string", "enum": ["a", 1, "b"]}, '"a" | "b"'),
        ({"type": "string", "enum": [1, 2]}, "string"),
        ({"type": "array"}, "Array<any>"),
        ({"type": "array", "items": {"type": "array", "items": {"type": "integer"}}}, "number[][]"),
        ({"anyOf": [{"type": "string"}, {"type": "null"}]}, "any"),
        (
            {"oneOf": [{"type": "string"}, {"type": "integer", "nullable": True}]},
            "\n | string\n | number | null",
        ),
        ({}, "any"),
        ("not a schema", "any"),
        ({"type": "object"}, "{\n}"),
        (
            {
                "type": "object",
                "properties": {
                    "n": {"type": "integer", "default": 3},
                    "s": {"type": "string", "nullable": True},
                    "e": {"type": "string", "enum": ["x", "y"], "default": "x"},
                    "o": {"type": "object", "default": {"k": [1, 2]}},
                },
                "required": ["n"],
            },
            (
                '{\nn: number, // default: 3\ns?: string | null,\ne?: "x" | "y", // default: x\n'
                'o?: {\n    }, // default: {"k":[1,2]}\n}'
            ),
        ),
        (
            {
                "type": "object",
                "properties": {
                    "p": {
                        "type": "object",
                        "properties": {"q": {"type": "boolean"}},
                        "required": ["q"],
                    }
                },
            },
            "{\np?: {\n    q: boolean,\n    },\n}",
        ),
    ],
)
def test_schema_to_ts(schema, want):
    assert schema_to_ts(schema) == want


def test_namespace_with_multiline_descriptions_and_no_params():
    text = render_namespace(
        "functions",
        [
            ToolSpec("ping", "Line one.\nLine two.\n"),
            ToolSpec(
                "add",
                "",
                {"type": "object", "properties": {"a": {"type": "number"}}, "required": ["a"]},
            ),
        ],
    )
    assert text == (
        "## functions\n\nnamespace functions {\n\n// Line one.\n// Line two.\n"
        "type ping = () => any;\n\ntype add = (_: {\na: number,\n}) => any;\n\n"
        "} // namespace functions"
    )


def test_namespace_description_without_tools_is_plain_text():
    assert (
        render_namespace("python", [], "Run code.\n\nStateful.")
        == "## python\n\nRun code.\n\nStateful."
    )
