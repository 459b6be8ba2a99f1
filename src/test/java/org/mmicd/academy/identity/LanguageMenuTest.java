package org.mmicd.academy.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The language menu comes back to the page it was on, and never to another site. */
class LanguageMenuTest {

  @Test
  void onlyAddressesOfThisApplicationAreFollowed() {
    assertTrue(LanguageMenu.isOurs("/learn/lesson.xhtml?course=a&lesson=b.c", ""));
    assertTrue(LanguageMenu.isOurs("/academy/verify/ABC", "/academy"));
    assertFalse(LanguageMenu.isOurs("/verify/ABC", "/academy"));
    assertFalse(LanguageMenu.isOurs("//evil.example/x", ""));
    assertFalse(LanguageMenu.isOurs("https://evil.example/", ""));
    assertFalse(LanguageMenu.isOurs("/x?next=https://evil.example/", ""));
    assertFalse(LanguageMenu.isOurs("/\\evil.example", ""));
    assertFalse(LanguageMenu.isOurs("/x\r\nSet-Cookie: a=b", ""));
    assertFalse(LanguageMenu.isOurs(null, ""));
  }
}
