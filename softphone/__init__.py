"""The embedded SIP softphone (pjsua2); Qt signals only, no widgets. Built by its own issue."""
