package org.mmicd.academy.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mmicd.academy.platform.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Trainers paste a GIFT bank and get a quiz file to add to a module, or the lines refused. */
@Named
@ViewScoped
public class GiftImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private String gift;
  private int passMark = 70;
  private int attempts = 3;

  /** A refused question, with the reason in the trainer's language. */
  public record Refusal(int line, String reason) implements Serializable {}

  @Inject Messages messages;

  private String yaml;
  private List<Refusal> rejections = List.of();

  public void convert() {
    GiftConverter.Conversion conversion = new GiftConverter().convert(gift, passMark, attempts);
    yaml = conversion.yaml();
    rejections =
        conversion.rejections().stream()
            .map(r -> new Refusal(r.line(), messages.text(r.key(), r.arguments().toArray())))
            .toList();
  }

  public StreamedContent getDownload() {
    byte[] bytes = yaml == null ? new byte[0] : yaml.getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("quiz.yaml")
        .contentType("application/yaml")
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public String getGift() {
    return gift;
  }

  public void setGift(String gift) {
    this.gift = gift;
  }

  public int getPassMark() {
    return passMark;
  }

  public void setPassMark(int passMark) {
    this.passMark = passMark;
  }

  public int getAttempts() {
    return attempts;
  }

  public void setAttempts(int attempts) {
    this.attempts = attempts;
  }

  public String getYaml() {
    return yaml;
  }

  public List<Refusal> getRejections() {
    return rejections;
  }
}
