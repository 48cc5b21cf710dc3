"""Purchase plans and deals: prices and payments, the checklists and their templates, the deal forms."""
