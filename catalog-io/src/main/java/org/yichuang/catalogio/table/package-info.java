/**
 * Plain tables as .xlsx workbooks (e.g. the supervisors' case list export): one sheet, a title, a header row and
 * typed cells. Kept in catalog-io so that Apache POI stays in one module.
 */
package org.yichuang.catalogio.table;
