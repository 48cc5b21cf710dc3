"""The translation catalogue of ui/: extract every translatable string, keep the .ts file.

pyside6-lupdate attributes a bare ``tr("...")`` inside a class to that class as context,
while our ``tr`` is a module-level function that translates in a fixed context (for
example "Customers"): lupdate's contexts would never match at run time. This module reads
the sources with ``ast`` instead and finds, in every module under ui/:

- ``tr("literal")`` where the module defines ``def tr(text): return
  QCoreApplication.translate("Context", text)`` (the context is read from that definition);
- ``QCoreApplication.translate("Context", "literal")`` called directly.

It writes standard Qt Linguist XML (the .ts format pyside6-lrelease compiles), keeps every
existing translation, marks new strings unfinished and strings no longer in the code
obsolete. No Qt import: it runs in tests and in a plain script (scripts/i18n.py).
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
SHOWROOM_DIR = ROOT / "showroom"
# Message ids marked in showroom/ (no Qt there) that the screens translate in a context:
# ``N_("Walk-ins today")`` in the dashboard sections, shown through ui's ``dtr``.
MARKERS = {
    "N_": "Dashboard",
    "V_": "DomainValues",
    "M_": "DomainMessages",
    "F_": "DomainFields",
}
# The messages of showroom/'s errors (showroom/errors.py): the literal template given to a
# ShowroomError (or any subclass, found by name), and a ValidationError's field and rule.
ERROR_BASE = "ShowroomError"
VALIDATION_BASE = "Invalid"
VALUES_CONTEXT = "DomainValues"
# The command line stays English: its usage errors are not filed.
ENGLISH_ONLY = ("cli",)
FIELDS_CONTEXT = "DomainFields"
MESSAGES_CONTEXT = "DomainMessages"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)


@dataclass(frozen=True)
class Message:
    """One translatable string: its context, source text and where it appears."""

    context: str
    source: str
    file: str
    line: int


@dataclass
class Extraction:
    messages: list[Message] = field(default_factory=list)
    # Calls whose text is not a literal: they cannot be translated from the catalogue.
    dynamic: list[str] = field(default_factory=list)


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_translate(func: ast.expr) -> bool:
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in {"QCoreApplication", "QApplication"}
    )


def _tr_context(tree: ast.Module) -> str | None:
    """The context of the module-level ``tr``, if the module defines one."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and _is_translate(inner.func)
                    and inner.args
                    and (context := _literal(inner.args[0])) is not None
                ):
                    return context
    return None


def extract_file(path: Path, root: Path = ROOT) -> Extraction:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    context = _tr_context(tree)
    relative = path.relative_to(root).as_posix()
    result = Extraction()
    calls = sorted(
        (node for node in ast.walk(tree) if isinstance(node, ast.Call)),
        key=lambda node: (node.lineno, node.col_offset),
    )
    for node in calls:
        where = f"{relative}:{node.lineno}"
        if isinstance(node.func, ast.Name) and node.func.id == "date_format" and node.args:
            if (pattern := _literal(node.args[0])) is not None:
                result.messages.append(Message("DateFormats", pattern, relative, node.lineno))
            continue
        if isinstance(node.func, ast.Name) and node.func.id == "tr" and context is not None:
            if not node.args:
                continue
            text = _literal(node.args[0])
            if text is None:
                result.dynamic.append(where)
            elif text:  # tr("") is "" in every language
                result.messages.append(Message(context, text, relative, node.lineno))
        elif _is_translate(node.func) and len(node.args) >= 2:
            ctx, text = _literal(node.args[0]), _literal(node.args[1])
            if ctx is None:
                continue
            if text is None:
                if not (isinstance(node.args[1], ast.Name) and node.args[1].id == "text"):
                    result.dynamic.append(where)
            elif text:
                result.messages.append(Message(ctx, text, relative, node.lineno))
    return result


def extract_markers(path: Path, root: Path = ROOT) -> list[Message]:
    """The ``N_("...")`` message ids of a module of showroom/."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    relative = path.relative_to(root).as_posix()
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in MARKERS
            and node.args
            and (text := _literal(node.args[0]))
        ):
            found.append(Message(MARKERS[node.func.id], text, relative, node.lineno))
    return sorted(found, key=lambda message: message.line)


def _base_names(node: ast.ClassDef) -> list[str]:
    names = []
    for base in node.bases:
        if isinstance(base, ast.Name):
            names.append(base.id)
        elif isinstance(base, ast.Attribute):
            names.append(base.attr)
    return names


def error_classes(trees: list[ast.Module]) -> tuple[set[str], set[str]]:
    """The names of every ShowroomError class of showroom/, and of the ValidationError ones
    (whose first argument is a field name and second a rule)."""
    parents: dict[str, list[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                parents.setdefault(node.name, []).extend(_base_names(node))
            elif (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Name)
            ):
                # An alias of an error class (``ValidationError = Invalid``) is that class.
                parents.setdefault(node.targets[0].id, []).append(node.value.id)

    def descends(name: str, base: str, seen: frozenset[str] = frozenset()) -> bool:
        if name == base:
            return True
        return name not in seen and any(
            descends(parent, base, seen | {name}) for parent in parents.get(name, [])
        )

    errors = {name for name in parents if descends(name, ERROR_BASE)} | {ERROR_BASE}
    validation = {name for name in errors if descends(name, VALIDATION_BASE)}
    return errors, validation


def _called_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_super_init(func: ast.expr) -> bool:
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and isinstance(func.value.func, ast.Name)
        and func.value.func.id == "super"
    )


def extract_errors(
    tree: ast.Module, relative: str, errors: set[str], validation: set[str]
) -> list[Message]:
    """The literal messages given to the errors of one module of showroom/: ``Error("...")``
    and, inside an error class, ``super().__init__("...")``."""
    found: list[Message] = []

    def collect(call: ast.Call, name: str) -> None:
        if name in validation:
            kinds = [FIELDS_CONTEXT, MESSAGES_CONTEXT]
        elif name in errors:
            kinds = [MESSAGES_CONTEXT]
        else:
            return
        for context, arg in zip(kinds, call.args, strict=False):
            if text := _literal(arg):
                found.append(Message(context, text, relative, call.lineno))

    def visit(node: ast.AST, owner: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            owner = node.name
        if isinstance(node, ast.Call):
            if _is_super_init(node.func):
                if owner is not None:
                    # A subclass with its own __init__ hands its base the message.
                    collect(node, owner)
            elif (name := _called_name(node.func)) is not None:
                collect(node, name)
        for child in ast.iter_child_nodes(node):
            visit(child, owner)

    visit(tree, None)
    return sorted(found, key=lambda message: message.line)


def is_value_enum(name: str) -> bool:
    """The enums of showroom/domain whose values a message may show: statuses and roles."""
    return name.endswith("Status") or name == "Role"


def value_word(value: str) -> str:
    """How a message shows an enum value ("in_stock" as "in stock")."""
    return value.replace("_", " ")


def extract_enum_values(tree: ast.Module, relative: str) -> list[Message]:
    """The values of the status (and role) StrEnums of a module of showroom/domain."""
    found = []
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and is_value_enum(node.name):
            if "StrEnum" not in _base_names(node):
                continue
            for item in node.body:
                if isinstance(item, ast.Assign) and (text := _literal(item.value)):
                    found.append(Message(VALUES_CONTEXT, value_word(text), relative, item.lineno))
    return found


def extract(
    ui_dir: Path = UI_DIR, root: Path = ROOT, showroom_dir: Path | None = SHOWROOM_DIR
) -> Extraction:
    """Every translatable string under ui_dir (and the marked ids of showroom_dir), in file
    and line order."""
    result = Extraction()
    for path in sorted(ui_dir.rglob("*.py")):
        part = extract_file(path, root)
        result.messages.extend(part.messages)
        result.dynamic.extend(part.dynamic)
    if showroom_dir is not None and showroom_dir.exists():
        paths = sorted(showroom_dir.rglob("*.py"))
        trees = [ast.parse(path.read_text(encoding="utf-8"), filename=str(path)) for path in paths]
        errors, validation = error_classes(trees)
        for path, tree in zip(paths, trees, strict=True):
            result.messages.extend(extract_markers(path, root))
            relative = path.relative_to(root).as_posix()
            if path.relative_to(showroom_dir).parts[0] not in ENGLISH_ONLY:
                result.messages.extend(extract_errors(tree, relative, errors, validation))
            result.messages.extend(extract_enum_values(tree, relative))
    return result


@dataclass
class Entry:
    """One message of a .ts file."""

    source: str
    translation: str = ""
    status: str = "unfinished"  # "" (finished), "unfinished" or "obsolete"
    locations: list[tuple[str, int]] = field(default_factory=list)


Catalogue = dict[str, dict[str, Entry]]  # context -> source -> entry


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"showroom_{language}.ts"


def read_ts(path: Path) -> Catalogue:
    catalogue: Catalogue = {}
    if not path.exists():
        return catalogue
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        entries = catalogue.setdefault(name, {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            translation = (element.text or "") if element is not None else ""
            status = element.get("type", "") if element is not None else "unfinished"
            entries[source] = Entry(source, translation, status)
    return catalogue


def write_ts(path: Path, language: str, catalogue: Catalogue) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    for name in sorted(catalogue):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for entry in catalogue[name].values():
            message = ET.SubElement(context, "message")
            # Files only, no line numbers: an edit elsewhere in a file must not rewrite the
            # catalogue (and conflict with every other branch that touched it).
            for file in dict.fromkeys(file for file, _ in entry.locations):
                ET.SubElement(message, "location", filename=f"../../{file}")
            ET.SubElement(message, "source").text = entry.source
            translation = ET.SubElement(message, "translation")
            if entry.status:
                translation.set("type", entry.status)
            translation.text = entry.translation
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def merge(existing: Catalogue, messages: list[Message]) -> Catalogue:
    """The catalogue for ``messages``: existing translations kept (an obsolete one comes
    back to life when its string returns), new strings unfinished, vanished ones obsolete."""
    merged: Catalogue = {}
    for message in messages:
        entries = merged.setdefault(message.context, {})
        entry = entries.get(message.source)
        if entry is None:
            old = existing.get(message.context, {}).get(message.source)
            if old is not None and old.translation:
                status = "unfinished" if old.status == "unfinished" else ""
                entry = Entry(message.source, old.translation, status)
            else:
                entry = Entry(message.source)
            entries[message.source] = entry
        entry.locations.append((message.file, message.line))
    for context, entries in existing.items():
        for source, old in entries.items():
            if source not in merged.get(context, {}) and old.translation:
                merged.setdefault(context, {})[source] = Entry(source, old.translation, "obsolete")
    return merged


def missing(catalogue: Catalogue) -> list[tuple[str, str]]:
    """(context, source) of every live string with no finished translation."""
    return [
        (context, entry.source)
        for context, entries in sorted(catalogue.items())
        for entry in entries.values()
        if entry.status != "obsolete" and (entry.status == "unfinished" or not entry.translation)
    ]


def update(language: str) -> tuple[Catalogue, Extraction]:
    """Re-extract ui/ and rewrite the language's .ts file; returns the new catalogue."""
    extraction = extract()
    path = ts_path(language)
    catalogue = merge(read_ts(path), extraction.messages)
    write_ts(path, language, catalogue)
    return catalogue, extraction


def lrelease() -> str:
    """The pyside6-lrelease that ships with PySide6 (beside the interpreter or in the
    package), without importing Qt."""
    import shutil
    import sys
    from importlib.util import find_spec

    candidates = [Path(sys.executable).with_name("pyside6-lrelease")]
    spec = find_spec("PySide6")
    if spec is not None and spec.origin:
        candidates.append(Path(spec.origin).with_name("lrelease"))
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise FileNotFoundError("pyside6-lrelease was not found: install PySide6")
    return found


def compile_all() -> list[Path]:
    """Compile every resources/translations/*.ts into the .qm the app loads."""
    import subprocess

    built = []
    for ts in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built
