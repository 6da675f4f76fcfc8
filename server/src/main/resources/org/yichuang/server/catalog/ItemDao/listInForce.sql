SELECT id, implementation_code, base_code, name, department, department_credit_code, level, case_kind, statutory_value, statutory_unit, promised_value, promised_unit, in_force
FROM service_items
WHERE in_force
ORDER BY department, name, implementation_code
