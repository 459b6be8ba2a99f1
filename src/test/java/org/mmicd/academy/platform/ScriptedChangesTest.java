package org.mmicd.academy.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What another site can make a browser send is refused; scripts and apps get through. */
class ScriptedChangesTest {

  @Test
  void formsAndPlainTextAreRefusedUnlessTheCallerSaysItIsAScript() {
    assertTrue(ScriptedChanges.allowed("POST", "application/json", null));
    assertTrue(ScriptedChanges.allowed("PUT", "application/merge-patch+json", null));
    assertTrue(ScriptedChanges.allowed("POST", "text/csv", null));
    assertFalse(ScriptedChanges.allowed("POST", "application/x-www-form-urlencoded", null));
    assertFalse(ScriptedChanges.allowed("POST", "multipart/form-data", null));
    assertFalse(ScriptedChanges.allowed("POST", "Text/Plain", null));
    assertFalse(ScriptedChanges.allowed("POST", null, null), "a body-less post names its type");
    assertFalse(ScriptedChanges.allowed("POST", "text/plain", " "));
    assertTrue(ScriptedChanges.allowed("POST", "text/plain", "XMLHttpRequest"));
    assertTrue(ScriptedChanges.allowed("DELETE", null, null), "a browser asks before a DELETE");
  }
}
