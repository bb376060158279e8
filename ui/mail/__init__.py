"""E-mail to clients: the letter form."""
