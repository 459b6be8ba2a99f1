package org.mmicd.academy.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
  private String yaml;
  private List<GiftConverter.Rejection> rejections = List.of();

  public void convert() {
    GiftConverter.Conversion conversion = new GiftConverter().convert(gift, passMark, attempts);
    yaml = conversion.yaml();
    rejections = conversion.rejections();
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

  public List<GiftConverter.Rejection> getRejections() {
    return rejections;
  }
}
