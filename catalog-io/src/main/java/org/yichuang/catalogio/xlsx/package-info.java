/**
 * The catalog as an .xlsx 实施清单 workbook (sheets 事项, 申请材料, 一件事, 说明): streamed reading with every problem
 * located in a cell, SXSSF writing with frozen headers and drop-down lists.
 */
package org.yichuang.catalogio.xlsx;
