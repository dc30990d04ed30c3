"""The Ansprechpersonen screen: contact list, detail form and the phone directory."""
