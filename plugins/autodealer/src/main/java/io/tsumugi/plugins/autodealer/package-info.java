/**
 * The auto dealer (自動車ディーラー) plugin: vehicles linked to contacts, 車検 due dates, and the 登録番号
 * normaliser and validator.
 */
package io.tsumugi.plugins.autodealer;
