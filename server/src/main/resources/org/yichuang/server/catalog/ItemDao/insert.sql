INSERT INTO service_items (implementation_code, base_code, name, department, department_credit_code, level,
                           case_kind, statutory_value, statutory_unit, promised_value, promised_unit, in_force)
VALUES (:implementationCode, :baseCode, :name, :department, :departmentCreditCode, :level,
        :caseKind, :statutoryValue, :statutoryUnit, :promisedValue, :promisedUnit, :inForce)
