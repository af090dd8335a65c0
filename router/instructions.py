"""Does an earlier user turn say how to answer? `instructs(low, words)`: a standing instruction
or convention ("Answer me only in Spanish words, no digits.", "I write numbers the Spanish
way"), or a turn written in another language (`foreign`), which asks for answers in it without
saying so. `redefinition.redefines` asks it of user turns, and `foreign` of assistant turns (a
reply in Spanish sets the chat's language). Pure string work: word sets, no scan of a long text.
"""

from __future__ import annotations

import re

from router.words import split_words, word_set

# (the commonest languages are instruction words too: "Answers in Spanish." is one; `beside`
# reads them beside a question)
SAID_LANGUAGES = word_set(
    "english spanish french german italian portuguese dutch chinese mandarin japanese korean "
    "russian arabic hindi latin greek"
)
# Languages an answer may be asked in: "Can we do this in Finnish?" asks it of the whole chat
_LANGUAGES = SAID_LANGUAGES | word_set(
    "welsh irish gaelic finnish swedish norwegian danish icelandic polish czech slovak hungarian "
    "romanian bulgarian ukrainian turkish hebrew persian farsi urdu bengali tamil vietnamese thai "
    "indonesian malay tagalog swahili catalan basque"
)
_IN_LANGUAGE = re.compile(rf"\bin\s+(?:{'|'.join(sorted(_LANGUAGES))})\b")
# Words by which an earlier statement says how answers are to be given or numbers read: a
# standing instruction ("Answer me only in Spanish words, no digits.", "Explain everything like
# I'm five.") or a convention ("I write numbers the Spanish way", "We're talking about
# temperature changes, not temperatures"). Unlike `_ASKS_MORE_WORDS` it leaves out the words an
# account of one's day uses ("my order", "doing my tax return tonight", "the stock count").
_INSTRUCTION_WORDS = SAID_LANGUAGES | word_set(
    "explain explanation explaining show steps workings hint hints estimate estimates roughly "
    "approx approximately round rounded rounding nearest decimal decimals digits digit "
    "significant format formatted words spell spelled spelt write written translate language "
    "answer answers reply replies respond response express give only not don't dont never "
    "always every everything use using assume assuming consider way style "
    # how answers are laid out: "I want results laid out as a markdown table"
    "table tables markdown column columns layout laid bullet bullets json csv output tabulate"
)
# Function words of French, Spanish, Portuguese, Italian and German that English lacks: a turn
# written in another language asks, without saying so, for answers in it ("Réponds uniquement
# en français à partir de maintenant."). Place names ("El Paso", "La Paz") hold one or two.
_FOREIGN_WORDS = word_set(
    "le la les de des du une est en et à au aux avec pour par sur dans que qui pas je nous vous il "
    "elle ce cette mais où el los las una es y con para por del al lo mi su muy está más "
    "der die das und oder ist nicht nur bitte mit ich wir ein eine auf für von zu dem den auch "
    "di che non è sono della delle gli uma um não com os da em são "
    "votre vos notre nos très oui sûr aussi voici merci bonjour gracias claro sí hola usted danke "
    "gerne grazie prego obrigado"
)
_FOREIGN_SHARE = 0.3


# English's commonest words: a turn of three words or more with none of them is in a language
# the list above does not know ("Atebwch yn Gymraeg os gwelwch yn dda.")
_ENGLISH = word_set(
    "the a an and or but of to in on at for with from by is are was were be been am i you he she "
    "we they it me my your our his her their this that these those what which who how when where "
    "why not no yes do does did have has had can could will would should may might must please "
    "thanks thank ok okay hi hello hey good great sure so if then just all some any one two "
    "here there now up out about as more very too also get got need want know like make see"
)


def foreign(low: str, words: frozenset[str], *, unknown: bool = True) -> bool:
    if len(_FOREIGN_WORDS & words) < 2:  # (`unknown`: a language the list does not know)
        return unknown and _ENGLISH.isdisjoint(words) and sum(w.isalpha() for w in words) >= 3
    said = split_words(low)
    return sum(w in _FOREIGN_WORDS for w in said) >= _FOREIGN_SHARE * len(said)


# Words that make a question a standing instruction: "Can you answer only in Spanish?"
_STANDING_WORDS = word_set("only always every everything never all")
_THANKS_WORDS = ("thanks", "thank", "thx", "ty")
_SENTENCES = re.compile(r"(?<=[.!?\n])\s+")


def instructs(low: str, words: frozenset[str]) -> bool:
    """True when an earlier user turn says how to answer or how to read numbers (see
    _INSTRUCTION_WORDS), or is written in another language (see _FOREIGN_WORDS). A question
    asks it only with a standing word ("Can you answer only in Spanish?"; "Can you explain
    how interest works?" asks once), and a thank-you for the last answer says nothing."""
    if foreign(low, words):
        return True
    present = (_INSTRUCTION_WORDS | _LANGUAGES) & words
    if not present:
        return False
    for sentence in _SENTENCES.split(low):
        if not any(word in sentence for word in present):
            continue  # none of them even as a substring: no need to split it into words
        said = split_words(sentence)
        if not said or said[0] in _THANKS_WORDS:
            continue
        if not _LANGUAGES.isdisjoint(said) and _IN_LANGUAGE.search(sentence):
            return True  # "Can we do this in Finnish?" asks it of the whole chat
        if _INSTRUCTION_WORDS.isdisjoint(said):
            continue
        if "?" not in sentence or not _STANDING_WORDS.isdisjoint(said):
            return True
    return False
