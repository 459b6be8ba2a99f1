package org.mmicd.academy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The application is distributable: a session's beans travel between instances through the data
 * grid, so everything a session or view bean keeps must be serialisable and small (ids and views,
 * never entities). Injected beans travel as proxies and do not count.
 */
class SessionStateTest {

  @Test
  void everySessionAndViewBeanKeepsOnlySerialisableViewsNeverEntities() throws Exception {
    List<Class<?>> beans = beans();
    assertTrue(beans.size() >= 10, "session and view beans found: " + beans);
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      for (Class<?> type = bean; type != Object.class; type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          if (kept(field)) {
            check(
                field.getGenericType(),
                bean.getSimpleName() + "." + field.getName(),
                problems,
                new HashSet<>());
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  private static boolean kept(Field field) {
    int modifiers = field.getModifiers();
    return !Modifier.isStatic(modifiers)
        && !Modifier.isTransient(modifiers)
        && !field.isAnnotationPresent(Inject.class)
        && !field.isSynthetic();
  }

  private static void check(Type type, String where, List<String> problems, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType parameterized) {
      check(parameterized.getRawType(), where, problems, seen);
      for (Type argument : parameterized.getActualTypeArguments()) {
        check(argument, where, problems, seen);
      }
      return;
    }
    if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        check(bound, where, problems, seen);
      }
      return;
    }
    // Object (a report row's cell) can only be judged at run time, when the session travels.
    if (!(type instanceof Class<?> raw)
        || raw.isPrimitive()
        || raw.isEnum()
        || raw == Object.class) {
      return;
    }
    if (raw.isArray()) {
      check(raw.getComponentType(), where, problems, seen);
      return;
    }
    if (raw.isAnnotationPresent(Entity.class)) {
      problems.add(where + " keeps the entity " + raw.getSimpleName());
      return;
    }
    if (raw == Optional.class) {
      problems.add(where + " keeps an Optional, which does not serialise");
      return;
    }
    // Collections and maps are checked through their element types above.
    if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
      return;
    }
    if (!Serializable.class.isAssignableFrom(raw) && !raw.isInterface()) {
      problems.add(where + " keeps " + raw.getName() + ", which is not Serializable");
      return;
    }
    if (raw.getName().startsWith("org.mmicd.")) {
      if (raw.isInterface() && !Serializable.class.isAssignableFrom(raw)) {
        problems.add(where + " keeps " + raw.getName() + ", which is not Serializable");
      }
      for (Class<?> t = raw; t != null && t != Object.class; t = t.getSuperclass()) {
        for (Field field : t.getDeclaredFields()) {
          if (kept(field)) {
            check(field.getGenericType(), where + "." + field.getName(), problems, seen);
          }
        }
      }
    }
  }

  private static List<Class<?>> beans() throws IOException, ClassNotFoundException {
    Path classes = Path.of("target", "classes");
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.');
        Class<?> type =
            Class.forName(name.substring(0, name.length() - 6), false, getClassLoader());
        if (type.isAnnotationPresent(ViewScoped.class)
            || type.isAnnotationPresent(SessionScoped.class)) {
          beans.add(type);
        }
      }
    }
    return beans;
  }

  private static ClassLoader getClassLoader() {
    return SessionStateTest.class.getClassLoader();
  }
}
