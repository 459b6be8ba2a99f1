package org.mmicd.academy.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSON request body the way its Java type says, before JSON-B binds it. JSON-B (Yasson) is
 * lenient where the API must not be: it wraps numbers that do not fit ({@code 2^63} becomes option
 * 0), takes {@code "yes"} for false, turns {@code 5} into the text "5", keeps the last of two equal
 * keys and ignores what follows the value. Here a body is refused instead, naming the field: a
 * whole number out of its type's range, a fraction where a whole number belongs, anything but
 * {@code true}/{@code false} for a truth value, anything but text for text, text that cannot be
 * stored (NUL, a broken surrogate pair), a key given twice, or content after the value.
 *
 * <p>Records, lists, arrays, maps and the simple types are checked; other types (instants, UUIDs)
 * are left to JSON-B, whose refusals become a generic 400.
 */
public final class StrictJson {

  private StrictJson() {}

  /** True when a body for this type is worth checking here (JSON-B reads it otherwise). */
  public static boolean covers(Class<?> type) {
    return type.isRecord()
        || Collection.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type)
        || (type.isArray() && type != byte[].class);
  }

  /** Parses a whole body; a syntax error, a repeated key or trailing content is a 400. */
  public static JsonValue parse(byte[] body) {
    try {
      if (!wellFormed(body)) {
        throw DomainException.invalid(null, "error.api.malformed-body");
      }
      try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
        return reader.readValue();
      }
    } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
      throw DomainException.invalid(null, "error.api.malformed-body");
    }
  }

  /**
   * One value and nothing after it, no key twice in an object. Checked on the event stream because
   * JSON-P readers differ in what they do with a repeated key.
   */
  private static boolean wellFormed(byte[] body) {
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
      Deque<Set<String>> objects = new ArrayDeque<>();
      int depth = 0;
      do {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT -> {
            objects.push(new HashSet<>());
            depth++;
          }
          case START_ARRAY -> depth++;
          case END_OBJECT -> {
            objects.pop();
            depth--;
          }
          case END_ARRAY -> depth--;
          case KEY_NAME -> {
            if (!objects.peek().add(parser.getString())) {
              return false;
            }
          }
          default -> {}
        }
      } while (depth > 0);
      return !parser.hasNext();
    }
  }

  /** Refuses a value that the type would read wrongly; {@code path} names it for the caller. */
  public static void check(JsonValue value, Type type, String path) {
    Class<?> raw = raw(type);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        throw DomainException.invalid(name(path), "error.json.null", name(path));
      }
      return;
    }
    if (raw == String.class || raw == Character.class || raw == char.class || raw.isEnum()) {
      text(value, path);
    } else if (raw == Boolean.class || raw == boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        throw DomainException.invalid(name(path), "error.json.boolean", name(path));
      }
    } else if (wholeNumber(raw)) {
      wholeNumber(value, raw, path);
    } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
      if (!(value instanceof JsonNumber)) {
        throw DomainException.invalid(name(path), "error.json.number", name(path));
      }
    } else if (raw.isRecord()) {
      record(value, raw, path);
    } else if (Collection.class.isAssignableFrom(raw) || (raw.isArray() && raw != byte[].class)) {
      if (!(value instanceof JsonArray array)) {
        throw DomainException.invalid(name(path), "error.json.list", name(path));
      }
      Type element = elementType(type, raw);
      for (int i = 0; i < array.size(); i++) {
        check(array.get(i), element, path + "[" + i + "]");
      }
    } else if (Map.class.isAssignableFrom(raw)) {
      if (!(value instanceof JsonObject object)) {
        throw DomainException.invalid(name(path), "error.json.object", name(path));
      }
      Type valueType = typeArgument(type, 1);
      object.forEach((key, member) -> check(member, valueType, join(path, key)));
    }
  }

  private static void text(JsonValue value, String path) {
    if (!(value instanceof JsonString string)) {
      throw DomainException.invalid(name(path), "error.json.text", name(path));
    }
    if (!PlainText.storable(string.getString())) {
      throw DomainException.invalid(name(path), "error.text.unstorable", name(path));
    }
  }

  private static void record(JsonValue value, Class<?> type, String path) {
    if (!(value instanceof JsonObject object)) {
      throw DomainException.invalid(name(path), "error.json.object", name(path));
    }
    for (RecordComponent component : type.getRecordComponents()) {
      JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
      String key =
          renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
      JsonValue member = object.get(key);
      if (member != null) {
        check(member, component.getGenericType(), join(path, key));
      }
    }
  }

  private static boolean wholeNumber(Class<?> raw) {
    return raw == int.class
        || raw == Integer.class
        || raw == long.class
        || raw == Long.class
        || raw == short.class
        || raw == Short.class
        || raw == byte.class
        || raw == Byte.class;
  }

  private static void wholeNumber(JsonValue value, Class<?> raw, String path) {
    long min;
    long max;
    if (raw == int.class || raw == Integer.class) {
      min = Integer.MIN_VALUE;
      max = Integer.MAX_VALUE;
    } else if (raw == short.class || raw == Short.class) {
      min = Short.MIN_VALUE;
      max = Short.MAX_VALUE;
    } else if (raw == byte.class || raw == Byte.class) {
      min = Byte.MIN_VALUE;
      max = Byte.MAX_VALUE;
    } else {
      min = Long.MIN_VALUE;
      max = Long.MAX_VALUE;
    }
    if (value instanceof JsonNumber number) {
      BigDecimal decimal = number.bigDecimalValue();
      boolean whole = decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
      if (whole
          && decimal.compareTo(BigDecimal.valueOf(min)) >= 0
          && decimal.compareTo(BigDecimal.valueOf(max)) <= 0) {
        return;
      }
    }
    throw DomainException.invalid(
        name(path), "error.json.whole-number", name(path), Long.toString(min), Long.toString(max));
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    if (type instanceof GenericArrayType a) {
      return java.lang.reflect.Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
    }
    return Object.class;
  }

  private static Type elementType(Type type, Class<?> raw) {
    if (type instanceof GenericArrayType array) {
      return array.getGenericComponentType();
    }
    if (raw.isArray()) {
      return raw.getComponentType();
    }
    return typeArgument(type, 0);
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The whole body has no field name of its own. */
  private static String name(String path) {
    return path.isEmpty() ? "body" : path;
  }
}
