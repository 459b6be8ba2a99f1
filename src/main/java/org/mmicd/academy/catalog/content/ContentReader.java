package org.mmicd.academy.catalog.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads {@code modules/} and {@code courses/} under a content root and validates them. A module or
 * course with any problem is left out of the result (and named as broken) while the rest load.
 */
public class ContentReader {

  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private final ContentRoot root;
  private final ModuleReader moduleReader;
  private final CourseReader courseReader = new CourseReader();

  public ContentReader(Path root) {
    this.root = new ContentRoot(root);
    this.moduleReader = new ModuleReader(this.root, new QuizReader());
  }

  public ContentSet read() {
    ProblemLog problems = new ProblemLog();
    Loaded<ModuleDefinition> modules = readModules(problems);
    Loaded<CourseDefinition> courses = readCourses(modules.folders(), problems);
    return new ContentSet(
        modules.good(), courses.good(), modules.broken(), courses.broken(), problems.all());
  }

  /** What loaded, what did not, and (for modules) every folder name, good or broken. */
  private record Loaded<T>(List<T> good, Set<String> broken, Set<String> folders) {
    Loaded() {
      this(new ArrayList<>(), new TreeSet<>(), new HashSet<>());
    }
  }

  private Loaded<ModuleDefinition> readModules(ProblemLog problems) {
    Loaded<ModuleDefinition> loaded = new Loaded<>();
    Path modulesDir = root.resolve("modules");
    if (!Files.isDirectory(modulesDir)) {
      problems.add("modules", 1, "there is no modules/ folder under " + root.path());
      return loaded;
    }
    for (Path folder : root.sortedChildren(modulesDir, Files::isDirectory)) {
      String folderName = folder.getFileName().toString();
      loaded.folders().add(folderName);
      int before = problems.count();
      Optional<ModuleDefinition> module = moduleReader.read(folder, problems);
      if (module.isPresent() && problems.count() == before) {
        loaded.good().add(module.get());
      } else {
        loaded.broken().add(folderName);
      }
    }
    return loaded;
  }

  private Loaded<CourseDefinition> readCourses(Set<String> moduleIds, ProblemLog problems) {
    Loaded<CourseDefinition> loaded = new Loaded<>();
    Path coursesDir = root.resolve("courses");
    if (!Files.isDirectory(coursesDir)) {
      problems.add("courses", 1, "there is no courses/ folder under " + root.path());
      return loaded;
    }
    Set<String> courseIds = new HashSet<>();
    for (Path path : root.sortedChildren(coursesDir, p -> p.toString().endsWith(".yaml"))) {
      String file = root.relative(path);
      int before = problems.count();
      Optional<CourseDefinition> course = courseReader.read(path, file, moduleIds, problems);
      if (course.isPresent() && !courseIds.add(course.get().id())) {
        problems.add(
            file,
            course.get().line(),
            "another course file already uses the id '" + course.get().id() + "'");
      }
      if (course.isPresent() && problems.count() == before) {
        loaded.good().add(course.get());
      } else {
        String fileId = path.getFileName().toString().replaceFirst("\\.yaml$", "");
        loaded.broken().add(course.map(CourseDefinition::id).orElse(fileId));
      }
    }
    return loaded;
  }
}
