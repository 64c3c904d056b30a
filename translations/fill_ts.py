#!/usr/bin/env python3
"""Fills creditpath_de.ts from the de_*.py tables (source text -> German), marking each filled
entry finished. Run after `cmake --build BUILD --target update_translations`:
    python3 translations/fill_ts.py
Prints the sources still without a translation."""
import glob
import importlib.util
import os
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
table = {}
for path in sorted(glob.glob(os.path.join(here, "de_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    table.update(module.DE)

ts_path = os.path.join(here, "creditpath_de.ts")
tree = ET.parse(ts_path)
missing = []
for message in tree.getroot().iter("message"):
    source = message.find("source").text or ""
    translation = message.find("translation")
    german = table.get(source)
    if german is None:
        if translation.get("type") == "unfinished":
            missing.append(source)
        continue
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        forms = german if isinstance(german, (list, tuple)) else [german, german]
        for text in forms:
            ET.SubElement(translation, "numerusform").text = text
        translation.text = None
    else:
        translation.text = german

with open(ts_path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="unicode")
    out.write("\n")
for source in missing:
    print("missing:", repr(source))
