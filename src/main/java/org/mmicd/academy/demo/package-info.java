/**
 * The demo data set, loaded once per database when MMICD_DEMO is true: an account per role and
 * generated learners at every stage, live sessions, quiz attempts. Uses every feature's services;
 * nothing uses it.
 */
package org.mmicd.academy.demo;
