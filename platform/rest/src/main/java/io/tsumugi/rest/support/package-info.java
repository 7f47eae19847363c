/**
 * What every resource shares: the JSON mapper, reading request bodies within the size limit, the
 * configured limits (body size, page size, rate).
 */
package io.tsumugi.rest.support;
