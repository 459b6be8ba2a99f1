package org.mmicd.academy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void namesInAnyScriptPass() {
    assertTrue(PlainText.isLine("सीता शर्मा"));
    assertTrue(PlainText.isLine("Élodie Rakotomalala-N'Diaye"));
    assertTrue(PlainText.isLine("Health toolkit 🌍 clinic"));
    assertTrue(PlainText.isText("First line\nSecond line\r\n\tindented"));
  }

  @Test
  void controlAndDirectionCharactersAreRefused() {
    assertFalse(PlainText.isLine("Ana\u0000"));
    assertFalse(PlainText.isLine("Ana\nBeltrán"), "a name is one line");
    assertFalse(PlainText.isLine("Ana\u0007"));
    assertFalse(PlainText.isLine("Ana\u0085"), "C1 control");
    assertFalse(PlainText.isLine("admin\u202Egnp.exe"), "right-to-left override");
    assertFalse(PlainText.isLine("a\u2066b\u2069"), "isolates");
    assertFalse(PlainText.isLine("a\uFFFF"), "non-character");
    assertFalse(PlainText.isText("Description\u0000"));
    assertFalse(PlainText.isText("\u202Bembedded"));
  }

  @Test
  void brokenSurrogatesCannotBeStored() {
    assertFalse(PlainText.storable("a\uD800"));
    assertFalse(PlainText.storable("\uDC00a"));
    assertTrue(PlainText.storable("\uD83C\uDF0D"));
  }

  @Test
  void theRefusalNamesTheField() {
    DomainException refusal =
        assertThrows(DomainException.class, () -> PlainText.requireLine("title", "x\u202E"));
    assertEquals("title", refusal.field());
    assertEquals("error.text.unsafe-characters", refusal.key());
    assertEquals(null, PlainText.requireLine("title", null));
  }
}
