UPDATE service_items
SET base_code = :baseCode, name = :name, department = :department, department_credit_code = :departmentCreditCode,
    level = :level, case_kind = :caseKind, statutory_value = :statutoryValue, statutory_unit = :statutoryUnit,
    promised_value = :promisedValue, promised_unit = :promisedUnit, in_force = :inForce
WHERE id = :id
