package org.mmicd.academy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Our course content is written in our own words: no run of 15 or more consecutive words may come
 * from the MMICD source texts in ../shared/seeds (facts may, sentences may not). Every Markdown and
 * YAML file counts: lessons, practice lessons, trainer notes, quizzes, and the objectives and key
 * resources in module.yaml, in every language.
 */
class SeedCopyTest {

  static final int RUN = 15;
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");

  @Test
  void noContentFileCopiesARunOfFifteenWordsFromTheSeeds() throws IOException {
    Path seeds = Path.of(System.getProperty("mmicd.seeds", "../shared/seeds"));
    Assumptions.assumeTrue(
        Files.isDirectory(seeds),
        "The seed texts are not at "
            + seeds.toAbsolutePath()
            + "; the copy check cannot run here.");
    Set<String> seedRuns = new HashSet<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path seed : files.filter(Files::isRegularFile).toList()) {
        List<String> words = words(Files.readString(seed, StandardCharsets.UTF_8));
        for (int i = 0; i + RUN <= words.size(); i++) {
          seedRuns.add(String.join(" ", words.subList(i, i + RUN)));
        }
      }
    }
    List<String> copies = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    for (String folder : List.of("modules", "courses")) {
      try (Stream<Path> files = Files.walk(Path.of(folder))) {
        for (Path file :
            files
                .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml"))
                .toList()) {
          checked.add(file.toString().replace('\\', '/'));
          List<String> words = words(Files.readString(file, StandardCharsets.UTF_8));
          for (int i = 0; i + RUN <= words.size(); i++) {
            String run = String.join(" ", words.subList(i, i + RUN));
            if (seedRuns.contains(run)) {
              copies.add(file + ": \"" + run + "\"");
              break;
            }
          }
        }
      }
    }
    assertEquals(List.of(), copies, "content copied from the seed texts");
    assertTrue(
        checked.stream().filter(f -> f.endsWith("-trainer.md")).count() >= 3,
        "the trainer notes of the capstones are checked");
    assertTrue(
        checked.stream().filter(f -> f.contains("practice")).count() >= 9,
        "the practice lessons are checked");
    assertTrue(checked.stream().anyMatch(f -> f.endsWith("module.yaml")), "objectives are checked");
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }
}
