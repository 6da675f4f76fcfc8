-- the receipt as the case was accepted (view case_receipts, V5)
SELECT * FROM case_receipts WHERE case_no = :caseNo
