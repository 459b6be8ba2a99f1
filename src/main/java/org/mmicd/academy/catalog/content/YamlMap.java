package org.mmicd.academy.catalog.content;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping read through the node tree, so that every value keeps its line number and every
 * problem can say where it is. Wrong types are reported to the {@link ProblemLog}, never thrown.
 */
public final class YamlMap {

  private final String file;
  private final MappingNode node;
  private final ProblemLog problems;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  private YamlMap(String file, MappingNode node, ProblemLog problems) {
    this.file = file;
    this.node = node;
    this.problems = problems;
    for (NodeTuple tuple : node.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key) {
        if (entries.putIfAbsent(key.getValue(), tuple) != null) {
          problems.add(file, line(key), "duplicate key '" + key.getValue() + "'");
        }
      }
    }
  }

  /** Reads a file whose top level must be a mapping; empty when it cannot be read at all. */
  public static Optional<YamlMap> read(Path path, String file, ProblemLog problems) {
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      LoadSettings settings = LoadSettings.builder().setLabel(file).build();
      Optional<Node> root = new Compose(settings).composeReader(reader);
      if (root.isEmpty()) {
        problems.add(file, 1, "the file is empty");
        return Optional.empty();
      }
      if (!(root.get() instanceof MappingNode mapping)) {
        problems.add(file, line(root.get()), "the file must hold a mapping of keys to values");
        return Optional.empty();
      }
      return Optional.of(new YamlMap(file, mapping, problems));
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
      problems.add(file, line, "not valid YAML: " + e.getProblem());
      return Optional.empty();
    } catch (YamlEngineException e) {
      problems.add(file, 1, "not valid YAML: " + e.getMessage());
      return Optional.empty();
    } catch (IOException e) {
      problems.add(file, 1, "cannot be read: " + e.getMessage());
      return Optional.empty();
    }
  }

  public String file() {
    return file;
  }

  public int line() {
    return line(node);
  }

  public int line(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null ? line() : line(tuple.getValueNode());
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  public ProblemLog problems() {
    return problems;
  }

  public Optional<String> string(String key) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null) {
      return Optional.empty();
    }
    if (tuple.getValueNode() instanceof ScalarNode scalar) {
      String value = scalar.getValue();
      // A quoted '~' is the text ~ (a GIFT control character, say), not null.
      boolean plain = scalar.getScalarStyle() == ScalarStyle.PLAIN;
      return value == null
              || value.isBlank()
              || (plain && ("~".equals(value) || "null".equals(value)))
          ? Optional.empty()
          : Optional.of(value.strip());
    }
    problems.add(file, line(tuple.getValueNode()), "'" + key + "' must be a single value");
    return Optional.empty();
  }

  public String requiredString(String key) {
    Optional<String> value = string(key);
    if (value.isEmpty() && !entries.containsKey(key)) {
      problems.add(file, line(), "'" + key + "' is missing");
    } else if (value.isEmpty()) {
      problems.add(file, line(key), "'" + key + "' is empty");
    }
    return value.orElse(null);
  }

  /** A stable id: required, lower-case letters, digits and dashes. */
  public String requiredId(String key) {
    String id = requiredString(key);
    if (id != null && !ContentReader.ID.matcher(id).matches()) {
      problems.add(
          file,
          line(key),
          "the id '" + id + "' may only hold lower-case letters, digits and dashes");
    }
    return id;
  }

  public Optional<Integer> integer(String key, int min, int max) {
    return string(key)
        .flatMap(
            text -> {
              try {
                int value = Integer.parseInt(text);
                if (value < min || value > max) {
                  problems.add(
                      file,
                      line(key),
                      "'" + key + "' is " + value + ", outside the range " + min + ".." + max);
                  return Optional.empty();
                }
                return Optional.of(value);
              } catch (NumberFormatException e) {
                problems.add(
                    file, line(key), "'" + key + "' must be a whole number, not '" + text + "'");
                return Optional.empty();
              }
            });
  }

  /** A number such as a weight in per cent, which may have decimals (33.33333). */
  public Optional<Double> decimal(String key, double min, double max) {
    return string(key)
        .flatMap(
            text -> {
              try {
                double value = Double.parseDouble(text);
                if (Double.isNaN(value) || value < min || value > max) {
                  problems.add(
                      file,
                      line(key),
                      "'" + key + "' is " + text + ", outside the range " + min + ".." + max);
                  return Optional.empty();
                }
                return Optional.of(value);
              } catch (NumberFormatException e) {
                problems.add(file, line(key), "'" + key + "' must be a number, not '" + text + "'");
                return Optional.empty();
              }
            });
  }

  public Optional<Boolean> bool(String key) {
    return string(key)
        .flatMap(
            text ->
                switch (text.toLowerCase()) {
                  case "true", "yes" -> Optional.of(true);
                  case "false", "no" -> Optional.of(false);
                  default -> {
                    problems.add(
                        file, line(key), "'" + key + "' must be true or false, not '" + text + "'");
                    yield Optional.empty();
                  }
                });
  }

  /** A list of plain values; a single value is taken as a list of one. */
  public List<String> strings(String key) {
    return lines(key).stream().map(Line::text).toList();
  }

  /** One plain value of a list, with the line it stands on. */
  public record Line(int line, String text) {}

  /** Like {@link #strings}, keeping each item's line so that a problem can point at it. */
  public List<Line> lines(String key) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null) {
      return List.of();
    }
    Node value = tuple.getValueNode();
    if (value instanceof ScalarNode scalar) {
      return scalar.getValue().isBlank()
          ? List.of()
          : List.of(new Line(line(scalar), scalar.getValue().strip()));
    }
    List<Line> result = new ArrayList<>();
    if (value instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        if (item instanceof ScalarNode scalar) {
          result.add(new Line(line(item), scalar.getValue().strip()));
        } else {
          problems.add(file, line(item), "'" + key + "' must list plain values");
        }
      }
    } else {
      problems.add(file, line(value), "'" + key + "' must be a list");
    }
    return result;
  }

  /** A list of mappings, each with its own line numbers. */
  public List<YamlMap> maps(String key) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null) {
      return List.of();
    }
    List<YamlMap> result = new ArrayList<>();
    if (tuple.getValueNode() instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        if (item instanceof MappingNode mapping) {
          result.add(new YamlMap(file, mapping, problems));
        } else {
          problems.add(
              file, line(item), "each entry of '" + key + "' must be a mapping of keys to values");
        }
      }
    } else {
      problems.add(file, line(tuple.getValueNode()), "'" + key + "' must be a list");
    }
    return result;
  }

  /** A nested mapping, such as {@code lessons:} in a translation file. */
  public Optional<YamlMap> map(String key) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null) {
      return Optional.empty();
    }
    if (tuple.getValueNode() instanceof MappingNode mapping) {
      return Optional.of(new YamlMap(file, mapping, problems));
    }
    problems.add(
        file, line(tuple.getValueNode()), "'" + key + "' must be a mapping of keys to values");
    return Optional.empty();
  }

  public List<String> keys() {
    return List.copyOf(entries.keySet());
  }

  private static int line(Node node) {
    return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(1);
  }
}
