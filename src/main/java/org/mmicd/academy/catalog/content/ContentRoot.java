package org.mmicd.academy.catalog.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The folder that holds {@code modules/} and {@code courses/}. Every file name in a problem is
 * given relative to it, so that authors find the file in their own checkout.
 */
final class ContentRoot {

  private final Path root;

  ContentRoot(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  Path path() {
    return root;
  }

  Path resolve(String child) {
    return root.resolve(child);
  }

  String relative(Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  List<Path> sortedChildren(Path dir, Predicate<Path> filter) {
    try (Stream<Path> children = Files.list(dir)) {
      return children.filter(filter).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * A Markdown file named in a YAML file; null, with a problem at the naming line, when it is
   * missing, outside its folder, empty or unreadable.
   */
  String readText(
      Path folder, String relativeFile, String referencedFrom, int line, ProblemLog problems) {
    Path path = folder.resolve(relativeFile).normalize();
    if (!path.startsWith(folder) || !Files.isRegularFile(path)) {
      problems.add(referencedFrom, line, "the file '" + relativeFile + "' does not exist");
      return null;
    }
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      if (text.isBlank()) {
        problems.add(relative(path), 1, "the lesson file is empty");
        return null;
      }
      return text;
    } catch (IOException e) {
      problems.add(relative(path), 1, "cannot be read as UTF-8 text: " + e.getMessage());
      return null;
    }
  }
}
