/**
 * Email: every message Haven sends (account links, notifications) goes through Spring Mail to the
 * SMTP server of {@code spring.mail.*}, from templates in the recipient's language.
 */
package org.haven.mail;
