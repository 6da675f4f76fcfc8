-- The hall's own document kind codes (V15); kinds without a row use core's defaults.
SELECT kind, code FROM hall_document_codes WHERE hall_id = :hallId ORDER BY kind
