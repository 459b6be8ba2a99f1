package org.mmicd.academy.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * Every form carries the page's Content-Security-Policy nonce, which PrimeFaces checks on each post
 * of the page. PrimeFaces' script adds it when the page has that script; pages without it (the
 * lesson page is kept light) and browsers without scripts get it written here (faces-config.xml,
 * before a form renders).
 */
public class FormNonce implements SystemEventListener {

  static final String NAME = "primefaces.nonce";

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIForm;
  }

  @Override
  public void processEvent(SystemEvent event) {
    UIForm form = (UIForm) event.getSource();
    for (UIComponent child : form.getChildren()) {
      if (child instanceof Field) {
        return;
      }
    }
    Field field = new Field();
    field.setTransient(true);
    form.getChildren().add(field);
  }

  /** The hidden input with the nonce; transient, so it is added again to each rendering. */
  public static class Field extends UIComponentBase {

    @Override
    public String getFamily() {
      return "mmicd.FormNonce";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
      ResponseWriter writer = context.getResponseWriter();
      writer.startElement("input", this);
      writer.writeAttribute("type", "hidden", null);
      writer.writeAttribute("name", NAME, null);
      writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
      writer.endElement("input");
    }
  }
}
