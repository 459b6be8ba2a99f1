package org.mmicd.academy.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link PageErrors} (faces-config.xml). */
public class PageErrorsFactory extends ExceptionHandlerFactory {

  public PageErrorsFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new PageErrors(getWrapped().getExceptionHandler());
  }
}
