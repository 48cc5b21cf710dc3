"""The sales manager's side: intent levels, lost sales, monthly targets and the funnel."""
