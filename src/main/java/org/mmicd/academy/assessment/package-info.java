/**
 * Quizzes: questions loaded from the modules' quiz files, server-drawn and server-graded attempts
 * with deadlines and review policies, item analysis for trainers, and GIFT import. Uses learning
 * (to record a pass), catalog, identity and platform.
 */
package org.mmicd.academy.assessment;
