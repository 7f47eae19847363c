/**
 * {@code /api/v1/phone-lookup}: telephony (CTI) integrations find the records of an incoming call's
 * number, written any way, through the query service's indexed phone look-up.
 */
package io.tsumugi.rest.telephony;
