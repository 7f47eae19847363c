/**
 * The real estate (不動産) plugin: properties, inquiries (反響) from leads, leads' search conditions
 * (希望条件), and a panel on a lead with the properties that match them.
 */
package io.tsumugi.plugins.realestate;
