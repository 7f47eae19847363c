/**
 * The standard CRM package (取引先, 連絡先, リード, 商談, 活動, タスク, 商品, 見積, 見積明細, 問い合わせ, キャンペーン), bundled as a
 * classpath resource and loaded by {@link io.tsumugi.metadata.standard.StandardPackage}.
 */
package io.tsumugi.metadata.standard;
