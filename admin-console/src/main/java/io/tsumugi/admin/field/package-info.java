/**
 * The field editor: {@link io.tsumugi.admin.field.FieldEditView} backs {@code /admin/field.xhtml};
 * {@link io.tsumugi.admin.field.FieldForm} holds the inputs of every type and turns them into a
 * {@code FieldDef}; {@link io.tsumugi.admin.field.PicklistRow} is one editable picklist value;
 * {@link io.tsumugi.admin.field.ExpressionCheck} compiles formulas and rules as the administrator
 * types.
 */
package io.tsumugi.admin.field;
