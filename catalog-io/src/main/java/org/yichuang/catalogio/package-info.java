/**
 * Catalog files (事项库文件): JSON and the .xlsx 实施清单 workbook, read all-or-nothing with every problem located.
 */
package org.yichuang.catalogio;
