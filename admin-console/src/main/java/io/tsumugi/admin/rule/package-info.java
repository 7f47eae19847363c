/**
 * The validation rule editor: {@link io.tsumugi.admin.rule.RuleEditView} backs {@code
 * /admin/rule.xhtml} (expression with live compile and type errors, field picker, messages ja/en,
 * error or warning) and {@link io.tsumugi.admin.rule.RuleTrial} tries a rule on the records stored.
 */
package io.tsumugi.admin.rule;
