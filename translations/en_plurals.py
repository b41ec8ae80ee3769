#!/usr/bin/env python3
"""Fills the English plural forms of partnerdesk_en.ts from the source texts.

English is the source language, so only messages with a count (%n) need a translation:
"needs %n more month(s)" becomes "needs %n more month" (one) and "needs %n more months" (other).
Run after `cmake --build <dir> --target update_translations`.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/partnerdesk_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text or ""
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    translation.text = None
    for form in (re.sub(r"\((e?s)\)", "", source), re.sub(r"\((e?s)\)", r"\1", source)):
        ET.SubElement(translation, "numerusform").text = form
tree.write(path, encoding="utf-8", xml_declaration=True)
