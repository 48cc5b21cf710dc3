"""Test drives: booking without double booking, licences, check-out and check-in, the agreement."""
