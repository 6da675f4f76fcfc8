SELECT id, (item -> 'statutoryLimit' ->> 'value')::integer AS statutory_value,
       item -> 'statutoryLimit' ->> 'unit' AS statutory_unit,
       (item -> 'promisedLimit' ->> 'value')::integer AS promised_value,
       item -> 'promisedLimit' ->> 'unit' AS promised_unit
FROM service_item_versions
