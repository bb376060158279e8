<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>Save the name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Softphone</translation>
    </message>
    <message>
        <source>{account} ({transport})</source>
        <translation>{account} ({transport})</translation>
    </message>
    <message>
        <source>none: an administrator sets it in Administration, Users</source>
        <translation>none: an administrator sets it in Administration, Users</translation>
    </message>
    <message>
        <source>SIP account:</source>
        <translation>SIP account:</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>End your session here (the softphone unregisters) and let another employee log in (Ctrl+Shift+L)</source>
        <translation>End your session here (the softphone unregisters) and let another employee log in (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Your name was saved.</source>
        <translation>Your name was saved.</translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation>The new password and its repetition differ.</translation>
    </message>
    <message>
        <source>The password was changed: use it at the next login.</source>
        <translation>The password was changed: use it at the next login.</translation>
    </message>
</context>
<context>
    <name>AdminForm</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Groups and field access</source>
        <translation>Groups and field access</translation>
    </message>
    <message>
        <source>Card fields</source>
        <translation>Card fields</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Mail and files</source>
        <translation>Mail and files</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Create user</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>New password for {0}:</source>
        <translation>New password for {0}:</translation>
    </message>
    <message>
        <source>The password of {0} was changed.</source>
        <translation>The password of {0} was changed.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Group name:</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>Save group</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>edit</translation>
    </message>
    <message>
        <source>Choose the members in each user&apos;s dialog (Users tab).</source>
        <translation>Choose the members in each user&apos;s dialog (Users tab).</translation>
    </message>
    <message>
        <source>No members: choose them in each user&apos;s dialog (Users tab).</source>
        <translation>No members: choose them in each user&apos;s dialog (Users tab).</translation>
    </message>
    <message>
        <source>Members: {names}</source>
        <translation>Members: {names}</translation>
    </message>
    <message>
        <source>The group was saved.</source>
        <translation>The group was saved.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>In table</source>
        <translation>In table</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>On the card</translation>
    </message>
    <message>
        <source>Tab / section</source>
        <translation>Tab / section</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Add field</translation>
    </message>
    <message>
        <source>Delete field</source>
        <translation>Delete field</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Create a client card automatically for an unknown incoming number</source>
        <translation>Create a client card automatically for an unknown incoming number</translation>
    </message>
    <message>
        <source>the PBX (its call records; the softphones write nothing)</source>
        <translation>the PBX (its call records; the softphones write nothing)</translation>
    </message>
    <message>
        <source>CallDesk softphones (each writes the calls it makes and takes)</source>
        <translation>CallDesk softphones (each writes the calls it makes and takes)</translation>
    </message>
    <message>
        <source>Only one source writes calls, so that nothing is counted twice.</source>
        <translation>Only one source writes calls, so that nothing is counted twice.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>For every operator whose softphone settings say &quot;as the company&quot;; a workstation may set its own.</source>
        <translation>For every operator whose softphone settings say &quot;as the company&quot;; a workstation may set its own.</translation>
    </message>
    <message>
        <source>Record softphone calls</source>
        <translation>Record softphone calls</translation>
    </message>
    <message>
        <source>Each softphone records its answered calls (both voices) and uploads them into a folder per day of the recordings folder its workstation plays recordings from (recordings_base in its settings.json); until that folder is reachable they wait on the operator&apos;s computer. Operators see that calls are recorded.</source>
        <translation>Each softphone records its answered calls (both voices) and uploads them into a folder per day of the recordings folder its workstation plays recordings from (recordings_base in its settings.json); until that folder is reachable they wait on the operator&apos;s computer. Operators see that calls are recorded.</translation>
    </message>
    <message>
        <source>Calls in the journal come from:</source>
        <translation>Calls in the journal come from:</translation>
    </message>
    <message>
        <source>Wrap-up pause after a call:</source>
        <translation>Wrap-up pause after a call:</translation>
    </message>
    <message>
        <source>none: every read goes to this server</source>
        <translation>none: every read goes to this server</translation>
    </message>
    <message>
        <source>host:port of a MariaDB/MySQL replica of this database. The journal, reports and client directory read there (writes always go to this server); workstations use it from their next start.</source>
        <translation>host:port of a MariaDB/MySQL replica of this database. The journal, reports and client directory read there (writes always go to this server); workstations use it from their next start.</translation>
    </message>
    <message>
        <source>Read replica:</source>
        <translation>Read replica:</translation>
    </message>
    <message>
        <source>Working day, calls back and reports</source>
        <translation>Working day, calls back and reports</translation>
    </message>
    <message>
        <source>this computer&apos;s</source>
        <translation>this computer&apos;s</translation>
    </message>
    <message>
        <source>within</source>
        <translation>within</translation>
    </message>
    <message>
        <source> min of the first attempt</source>
        <translation> min of the first attempt</translation>
    </message>
    <message>
        <source>before the end of the working day</source>
        <translation>before the end of the working day</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>the same day</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Working hours:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Call a missed caller back:</source>
        <translation>Call a missed caller back:</translation>
    </message>
    <message>
        <source>Repeated calls of one number are one item over:</source>
        <translation>Repeated calls of one number are one item over:</translation>
    </message>
    <message>
        <source>Take it holds for:</source>
        <translation>Take it holds for:</translation>
    </message>
    <message>
        <source>Service level: answered within</source>
        <translation>Service level: answered within</translation>
    </message>
    <message>
        <source>Ignore abandoned calls shorter than</source>
        <translation>Ignore abandoned calls shorter than</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>Saving the settings…</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>The settings were saved.</translation>
    </message>
</context>
<context>
    <name>AssignNumberDialog</name>
    <message>
        <source>Assign number to client</source>
        <translation>Assign number to client</translation>
    </message>
    <message>
        <source>Client name or phone number</source>
        <translation>Client name or phone number</translation>
    </message>
    <message>
        <source>Add number to client</source>
        <translation>Add number to client</translation>
    </message>
    <message>
        <source>Add number to contact person</source>
        <translation>Add number to contact person</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Find client:</source>
        <translation>Find client:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>Found: {count}</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <source>Choose a client first.</source>
        <translation>Choose a client first.</translation>
    </message>
</context>
<context>
    <name>BoardForm</name>
    <message>
        <source>Live: what each operator&apos;s softphone is doing, and pauses from CallDesk and the PBX. A softphone silent for 20 s counts as offline.</source>
        <translation>Live: what each operator&apos;s softphone is doing, and pauses from CallDesk and the PBX. A softphone silent for 20 s counts as offline.</translation>
    </message>
    <message>
        <source>No operators yet: they appear here once an administrator adds them.</source>
        <translation>No operators yet: they appear here once an administrator adds them.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation>Ext.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
</context>
<context>
    <name>CallAlerts</name>
    <message>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Missed call</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Creating and changing clients needs the permission (Administration).</source>
        <translation>Creating and changing clients needs the permission (Administration).</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Call details</translation>
    </message>
    <message>
        <source>Select a call in the journal.</source>
        <translation>Select a call in the journal.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Employee:</translation>
    </message>
    <message>
        <source>Took part:</source>
        <translation>Took part:</translation>
    </message>
    <message>
        <source>Responsible manager:</source>
        <translation>Responsible manager:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Started:</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>Answered:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Ended:</translation>
    </message>
    <message>
        <source>Wait duration:</source>
        <translation>Wait duration:</translation>
    </message>
    <message>
        <source>Talk duration:</source>
        <translation>Talk duration:</translation>
    </message>
    <message>
        <source>Hung up:</source>
        <translation>Hung up:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Queue:</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Line:</translation>
    </message>
    <message>
        <source>Transfers:</source>
        <translation>Transfers:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Cost:</translation>
    </message>
    <message>
        <source>Create client (F7)</source>
        <translation>Create client (F7)</translation>
    </message>
    <message>
        <source>Assign number to client…</source>
        <translation>Assign number to client…</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The call cannot be read: {error}</source>
        <translation>The call cannot be read: {error}</translation>
    </message>
    <message>
        <source>Recordings: {recorded} of {parts} parts</source>
        <translation>Recordings: {recorded} of {parts} parts</translation>
    </message>
    <message>
        <source>Parts: no recordings</source>
        <translation>Parts: no recordings</translation>
    </message>
    <message>
        <source>{direction} call</source>
        <translation>{direction} call</translation>
    </message>
    <message>
        <source>(registered after the call)</source>
        <translation>(registered after the call)</translation>
    </message>
    <message>
        <source>Open the client&apos;s card</source>
        <translation>Open the client&apos;s card</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>not registered</translation>
    </message>
    <message>
        <source>{time} in the queue</source>
        <translation>{time} in the queue</translation>
    </message>
    <message>
        <source>(position {n})</source>
        <translation>(position {n})</translation>
    </message>
</context>
<context>
    <name>CallbackForm</name>
    <message>
        <source>To call back</source>
        <translation>To call back</translation>
    </message>
    <message>
        <source>The softphone is not configured.</source>
        <translation>The softphone is not configured.</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Take it</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Give back</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>Client card</source>
        <translation>Client card</translation>
    </message>
    <message>
        <source>Create client (F7)</source>
        <translation>Create client (F7)</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>Show closed</translation>
    </message>
    <message>
        <source>Also the items closed by a later call</source>
        <translation>Also the items closed by a later call</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>Why it is here</translation>
    </message>
    <message>
        <source>Nobody is waiting for a call back.
Missed and lost calls appear here until someone talks to the caller.</source>
        <translation>Nobody is waiting for a call back.
Missed and lost calls appear here until someone talks to the caller.</translation>
    </message>
    <message>
        <source>The worklist cannot be read: {error}</source>
        <translation>The worklist cannot be read: {error}</translation>
    </message>
    <message>
        <source>call back before the end of the working day ({time})</source>
        <translation>call back before the end of the working day ({time})</translation>
    </message>
    <message>
        <source>call back within {minutes} min of the first attempt</source>
        <translation>call back within {minutes} min of the first attempt</translation>
    </message>
    <message>
        <source>Waiting: {open}, overdue: {overdue} — {target}</source>
        <translation>Waiting: {open}, overdue: {overdue} — {target}</translation>
    </message>
    <message>
        <source>Select a caller to see whom the calls rang and why.</source>
        <translation>Select a caller to see whom the calls rang and why.</translation>
    </message>
    <message>
        <source>Attempts: {count}, waited {time} in all</source>
        <translation>Attempts: {count}, waited {time} in all</translation>
    </message>
    <message>
        <source>Call the caller back (taking the item)</source>
        <translation>Call the caller back (taking the item)</translation>
    </message>
    <message>
        <source>{notice}
Call anyway?</source>
        <translation>{notice}
Call anyway?</translation>
    </message>
</context>
<context>
    <name>ClientCardForm</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Additional fields</source>
        <translation>Additional fields</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>You may only view client cards: changing them needs the permission (Administration → Permissions).</source>
        <translation>You may only view client cards: changing them needs the permission (Administration → Permissions).</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <source>Write a letter (through the company&apos;s mail server, else the mail client)</source>
        <translation>Write a letter (through the company&apos;s mail server, else the mail client)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Responsible manager:</source>
        <translation>Responsible manager:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Add number</source>
        <translation>Add number</translation>
    </message>
    <message>
        <source>Remove number</source>
        <translation>Remove number</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Add contact person</source>
        <translation>Add contact person</translation>
    </message>
    <message>
        <source>Remove contact person</source>
        <translation>Remove contact person</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>Select a call with a recording (♪) to listen to it.</source>
        <translation>Select a call with a recording (♪) to listen to it.</translation>
    </message>
    <message>
        <source>Opening the card…</source>
        <translation>Opening the card…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>No additional fields: the administrator opens them to groups.</source>
        <translation>No additional fields: the administrator opens them to groups.</translation>
    </message>
    <message>
        <source>(the client)</source>
        <translation>(the client)</translation>
    </message>
    <message>
        <source>The letter was sent.</source>
        <translation>The letter was sent.</translation>
    </message>
    <message>
        <source>The card is not saved yet: save it (Ctrl+S) to see this.</source>
        <translation>The card is not saved yet: save it (Ctrl+S) to see this.</translation>
    </message>
    <message>
        <source>Card created</source>
        <translation>Card created</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>Responsible manager</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>No changes yet. Changes of the name, phones, contact persons and fields are listed here once the card is saved.</source>
        <translation>No changes yet. Changes of the name, phones, contact persons and fields are listed here once the card is saved.</translation>
    </message>
    <message>
        <source>Made: {0}   Taken: {1}   Missed: {2}</source>
        <translation>Made: {0}   Taken: {1}   Missed: {2}</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>No calls with this client yet. Calls from and to its numbers are listed here; to call it, choose a number on the Main tab.</source>
        <translation>No calls with this client yet. Calls from and to its numbers are listed here; to call it, choose a number on the Main tab.</translation>
    </message>
    <message>
        <source>You have had no calls with this client yet (you see the calls you took part in). To call it, choose a number on the Main tab.</source>
        <translation>You have had no calls with this client yet (you see the calls you took part in). To call it, choose a number on the Main tab.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Nothing was saved: {error} Your changes are kept; save again.</source>
        <translation>Nothing was saved: {error} Your changes are kept; save again.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Someone saved this card while you were editing it.</source>
        <translation>Someone saved this card while you were editing it.</translation>
    </message>
    <message>
        <source>They changed:</source>
        <translation>They changed:</translation>
    </message>
    <message>
        <source>You changed:</source>
        <translation>You changed:</translation>
    </message>
    <message>
        <source>Where you both changed a field, merging keeps your value.</source>
        <translation>Where you both changed a field, merging keeps your value.</translation>
    </message>
    <message>
        <source>The card was changed</source>
        <translation>The card was changed</translation>
    </message>
    <message>
        <source>Merge and save</source>
        <translation>Merge and save</translation>
    </message>
    <message>
        <source>Reload (drop my changes)</source>
        <translation>Reload (drop my changes)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>ClientEventsTab</name>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>To the event</source>
        <translation>To the event</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <source>Exporting clients…</source>
        <translation>Exporting clients…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Export clients</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Exported {0} clients…</source>
        <translation>Exported {0} clients…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>{0} clients exported to {1}</source>
        <translation>{0} clients exported to {1}</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>Export failed: {0}</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>Responsible manager</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ClientsForm</name>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Search by name, number or contact person</source>
        <translation>Search by name, number or contact person</translation>
    </message>
    <message>
        <source>Ask an administrator for the permission (Administration → Permissions).</source>
        <translation>Ask an administrator for the permission (Administration → Permissions).</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>The softphone is not configured.</source>
        <translation>The softphone is not configured.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Filter column…</source>
        <translation>Filter column…</translation>
    </message>
    <message>
        <source>Click a column&apos;s title to filter by its values</source>
        <translation>Click a column&apos;s title to filter by its values</translation>
    </message>
    <message>
        <source>Clients whose card holds a list item the administrator marked as hiding (e.g. status &quot;Closed&quot;) are left out of the table unless this is on.</source>
        <translation>Clients whose card holds a list item the administrator marked as hiding (e.g. status &quot;Closed&quot;) are left out of the table unless this is on.</translation>
    </message>
    <message>
        <source>Clients: {0}</source>
        <translation>Clients: {0}</translation>
    </message>
    <message>
        <source>Show hidden ({0})</source>
        <translation>Show hidden ({0})</translation>
    </message>
    <message>
        <source>The clients that match are hidden by their status (e.g. &quot;Closed&quot;): tick &quot;Show hidden&quot; to see them.</source>
        <translation>The clients that match are hidden by their status (e.g. &quot;Closed&quot;): tick &quot;Show hidden&quot; to see them.</translation>
    </message>
    <message>
        <source>No client matches the search and filters. Check the spelling, type less (part of the name, the last digits of the number) or clear the filters.</source>
        <translation>No client matches the search and filters. Check the spelling, type less (part of the name, the last digits of the number) or clear the filters.</translation>
    </message>
    <message>
        <source>No clients yet. Create one (Insert) or import them from Excel or CSV.</source>
        <translation>No clients yet. Create one (Insert) or import them from Excel or CSV.</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>No clients yet.</translation>
    </message>
    <message>
        <source>Select a client to call.</source>
        <translation>Select a client to call.</translation>
    </message>
    <message>
        <source>The client has no phone number.</source>
        <translation>The client has no phone number.</translation>
    </message>
    <message>
        <source>Call the client&apos;s first number ({key})</source>
        <translation>Call the client&apos;s first number ({key})</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Call {number}</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Delete client</translation>
    </message>
    <message>
        <source>Delete the client «{0}» with its numbers and contact persons? Its calls stay in the journal.</source>
        <translation>Delete the client «{0}» with its numbers and contact persons? Its calls stay in the journal.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <source>Not deleted: {error}</source>
        <translation>Not deleted: {error}</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Column chooser</source>
        <translation>Column chooser</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Marks (!, ★, ✎)</source>
        <translation>Marks (!, ★, ✎)</translation>
    </message>
</context>
<context>
    <name>CommentEditor</name>
    <message>
        <source>A comment on the call (Ctrl+Enter saves)</source>
        <translation>A comment on the call (Ctrl+Enter saves)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Deleted by {who}, {when}</source>
        <translation>Deleted by {who}, {when}</translation>
    </message>
    <message>
        <source>The comment is {over} character(s) too long. Shorten it: it is not cut and not saved.</source>
        <translation>The comment is {over} character(s) too long. Shorten it: it is not cut and not saved.</translation>
    </message>
    <message>
        <source>Not saved: {error} Your text is kept; try again.</source>
        <translation>Not saved: {error} Your text is kept; try again.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
    <message>
        <source>The comment was changed by someone else; not saved.</source>
        <translation>The comment was changed by someone else; not saved.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The comment was changed</source>
        <translation>The comment was changed</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>{who} changed this comment at {when} while you were editing it.</source>
        <translation>{who} changed this comment at {when} while you were editing it.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <source>Save mine</source>
        <translation>Save mine</translation>
    </message>
    <message>
        <source>Their comment:</source>
        <translation>Their comment:</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>Your comment:</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to the CallDesk database</source>
        <translation>Connect to the CallDesk database</translation>
    </message>
    <message>
        <source>MySQL / MariaDB server (shared)</source>
        <translation>MySQL / MariaDB server (shared)</translation>
    </message>
    <message>
        <source>SQLite file (single workstation)</source>
        <translation>SQLite file (single workstation)</translation>
    </message>
    <message>
        <source>optional: the CA file that signed the server&apos;s</source>
        <translation>optional: the CA file that signed the server&apos;s</translation>
    </message>
    <message>
        <source>With a CA file the connection is encrypted and the server&apos;s certificate and address are checked (TLS).</source>
        <translation>With a CA file the connection is encrypted and the server&apos;s certificate and address are checked (TLS).</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Remember the password in the system keyring</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Database type:</source>
        <translation>Database type:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>TLS certificate (CA):</source>
        <translation>TLS certificate (CA):</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite database file</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Choose the database file.</translation>
    </message>
    <message>
        <source>Enter the server name or address.</source>
        <translation>Enter the server name or address.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Enter the database name.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <source>There is no CA file {path}.</source>
        <translation>There is no CA file {path}.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connection succeeded.</source>
        <translation>Connection succeeded.</translation>
    </message>
</context>
<context>
    <name>CreateClientDialog</name>
    <message>
        <source>Create client</source>
        <translation>Create client</translation>
    </message>
    <message>
        <source>e.g. ООО «Ромашка» or Иванов Иван</source>
        <translation>e.g. ООО «Ромашка» or Иванов Иван</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Responsible manager:</source>
        <translation>Responsible manager:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Enter the client&apos;s name.</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <source>+{count} more</source>
        <translation>+{count} more</translation>
    </message>
</context>
<context>
    <name>DemoLine</name>
    <message>
        <source>The demo line did not start in time.</source>
        <translation>The demo line did not start in time.</translation>
    </message>
    <message>
        <source>The demo line did not start: {error}</source>
        <translation>The demo line did not start: {error}</translation>
    </message>
    <message>
        <source>The demo line stopped (exit code {code}).</source>
        <translation>The demo line stopped (exit code {code}).</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>What to do, e.g. call back about the offer</source>
        <translation>What to do, e.g. call back about the offer</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Date and time:</translation>
    </message>
    <message>
        <source>{name} (me)</source>
        <translation>{name} (me)</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Assignee:</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(no client)</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>Reminder:</translation>
    </message>
    <message>
        <source>Linked events:</source>
        <translation>Linked events:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Go to client</source>
        <translation>Go to client</translation>
    </message>
    <message>
        <source>New linked event</source>
        <translation>New linked event</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>No reminder</translation>
    </message>
    <message>
        <source>At the time of the event</source>
        <translation>At the time of the event</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>5 minutes before</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>10 minutes before</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minutes before</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 minutes before</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 hour before</translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation>2 hours before</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 day before</translation>
    </message>
    <message>
        <source>{minutes} min before</source>
        <translation>{minutes} min before</translation>
    </message>
    <message>
        <source>Created {time} by {name}</source>
        <translation>Created {time} by {name}</translation>
    </message>
    <message>
        <source>Done at {time} ({name})</source>
        <translation>Done at {time} ({name})</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <source>Delete the event? This cannot be undone.</source>
        <translation>Delete the event? This cannot be undone.</translation>
    </message>
    <message>
        <source>The event is not there any more.</source>
        <translation>The event is not there any more.</translation>
    </message>
</context>
<context>
    <name>EventsForm</name>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Forward (Alt+Right)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>My events</source>
        <translation>My events</translation>
    </message>
    <message>
        <source>All employees</source>
        <translation>All employees</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <source>New field</source>
        <translation>New field</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>made from the title</source>
        <translation>made from the title</translation>
    </message>
    <message>
        <source>A stable Latin key: small letters, digits and «_». Import matches a column headed with it to this field.</source>
        <translation>A stable Latin key: small letters, digits and «_». Import matches a column headed with it to this field.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Show in the client table</source>
        <translation>Show in the client table</translation>
    </message>
    <message>
        <source>Shown on the card</source>
        <translation>Shown on the card</translation>
    </message>
    <message>
        <source>A field not shown keeps its values; the card simply does not show it.</source>
        <translation>A field not shown keeps its values; the card simply does not show it.</translation>
    </message>
    <message>
        <source>Additional fields</source>
        <translation>Additional fields</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Shown in the empty field and as its tooltip</source>
        <translation>Shown in the empty field and as its tooltip</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>One item per line</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>List:</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>Hint:</translation>
    </message>
    <message>
        <source>Tab on the card:</source>
        <translation>Tab on the card:</translation>
    </message>
    <message>
        <source>Section on the tab:</source>
        <translation>Section on the tab:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>Preview of the card</source>
        <translation>Preview of the card</translation>
    </message>
    <message>
        <source>The card does not show this field; its values are kept.</source>
        <translation>The card does not show this field; its values are kept.</translation>
    </message>
    <message>
        <source>Create a list first (Administration → Lists).</source>
        <translation>Create a list first (Administration → Lists).</translation>
    </message>
    <message>
        <source>The hint shows in the empty field and as its tooltip.</source>
        <translation>The hint shows in the empty field and as its tooltip.</translation>
    </message>
    <message>
        <source>List items:</source>
        <translation>List items:</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>One item per line</source>
        <translation>One item per line</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>You may only view this field</source>
        <translation>You may only view this field</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Attached</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>No files. Attach one with Ctrl+U.</source>
        <translation>No files. Attach one with Ctrl+U.</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Attach file</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>Uploading «{name}»</source>
        <translation>Uploading «{name}»</translation>
    </message>
    <message>
        <source>Saving «{name}»</source>
        <translation>Saving «{name}»</translation>
    </message>
    <message>
        <source>Wait for the current transfer to end or cancel it.</source>
        <translation>Wait for the current transfer to end or cancel it.</translation>
    </message>
    <message>
        <source>Cancelled: nothing of the file was kept.</source>
        <translation>Cancelled: nothing of the file was kept.</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Save file</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Delete file</translation>
    </message>
    <message>
        <source>Delete «{name}»?</source>
        <translation>Delete «{name}»?</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
</context>
<context>
    <name>GroupChecklist</name>
    <message>
        <source>In no group: no custom card fields (administrators see all).</source>
        <translation>In no group: no custom card fields (administrators see all).</translation>
    </message>
    <message>
        <source>Card fields as the group allows.</source>
        <translation>Card fields as the group allows.</translation>
    </message>
    <message>
        <source>Several groups: per field, the widest access of them.</source>
        <translation>Several groups: per field, the widest access of them.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>CallDesk — user guide</source>
        <translation>CallDesk — user guide</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clients</source>
        <translation>Import clients</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>File (xlsx or csv):</source>
        <translation>File (xlsx or csv):</translation>
    </message>
    <message>
        <source>Check rows</source>
        <translation>Check rows</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Import only valid rows</source>
        <translation>Import only valid rows</translation>
    </message>
    <message>
        <source>Import all rows or nothing</source>
        <translation>Import all rows or nothing</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Columns: choose what each column holds</source>
        <translation>Columns: choose what each column holds</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Client name</translation>
    </message>
    <message>
        <source>Kind (company / person)</source>
        <translation>Kind (company / person)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact person&apos;s position</source>
        <translation>Contact person&apos;s position</translation>
    </message>
    <message>
        <source>(skip)</source>
        <translation>(skip)</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.xls *.csv)</source>
        <translation>Tables (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>{0} rows in the file.</source>
        <translation>{0} rows in the file.</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <source>Valid rows: {0}. Rows with problems: {1}.</source>
        <translation>Valid rows: {0}. Rows with problems: {1}.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Nothing was imported: {error}</translation>
    </message>
    <message>
        <source>Imported clients: {0}, skipped rows: {1}.</source>
        <translation>Imported clients: {0}, skipped rows: {1}.</translation>
    </message>
</context>
<context>
    <name>IncomingPopup</name>
    <message>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Unknown number</translation>
    </message>
    <message>
        <source>Incoming call (call waiting)</source>
        <translation>Incoming call (call waiting)</translation>
    </message>
    <message>
        <source>transferred by {who}</source>
        <translation>transferred by {who}</translation>
    </message>
    <message>
        <source>Looking up the client…</source>
        <translation>Looking up the client…</translation>
    </message>
    <message>
        <source>This call is recorded</source>
        <translation>This call is recorded</translation>
    </message>
    <message>
        <source>Answer (F9)</source>
        <translation>Answer (F9)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Open card</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Responsible manager: {name}</source>
        <translation>Responsible manager: {name}</translation>
    </message>
    <message>
        <source>Internal call</source>
        <translation>Internal call</translation>
    </message>
    <message>
        <source>Create client</source>
        <translation>Create client</translation>
    </message>
    <message>
        <source>Name unknown for now: no connection to the database</source>
        <translation>Name unknown for now: no connection to the database</translation>
    </message>
    <message>
        <source>No calls before.</source>
        <translation>No calls before.</translation>
    </message>
    <message>
        <source>Last calls:</source>
        <translation>Last calls:</translation>
    </message>
</context>
<context>
    <name>JournalExport</name>
    <message>
        <source>Export the journal</source>
        <translation>Export the journal</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exported {count} calls…</source>
        <translation>Exported {count} calls…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>{count} calls exported to {path}</source>
        <translation>{count} calls exported to {path}</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Export failed: {error}</translation>
    </message>
</context>
<context>
    <name>JournalForm</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Remove &quot;No answer&quot; mark</source>
        <translation>Remove &quot;No answer&quot; mark</translation>
    </message>
    <message>
        <source>Create client (F7)</source>
        <translation>Create client (F7)</translation>
    </message>
    <message>
        <source>Assign number to client…</source>
        <translation>Assign number to client…</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>The softphone is not configured.</source>
        <translation>The softphone is not configured.</translation>
    </message>
    <message>
        <source>Call back at…</source>
        <translation>Call back at…</translation>
    </message>
    <message>
        <source>Plan a call back: a new event with the client and a reminder (Ctrl+Shift+E)</source>
        <translation>Plan a call back: a new event with the client and a reminder (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Call details (F8)</source>
        <translation>Call details (F8)</translation>
    </message>
    <message>
        <source>Show or hide the call details panel (F8)</source>
        <translation>Show or hide the call details panel (F8)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Exporting needs the Export permission (Administration).</source>
        <translation>Exporting needs the Export permission (Administration).</translation>
    </message>
    <message>
        <source>Creating and changing clients needs the permission (Administration).</source>
        <translation>Creating and changing clients needs the permission (Administration).</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Columns…</translation>
    </message>
    <message>
        <source>Call back: {who}</source>
        <translation>Call back: {who}</translation>
    </message>
    <message>
        <source>Period…</source>
        <translation>Period…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>First contacts</source>
        <translation>First contacts</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Unregistered</translation>
    </message>
    <message>
        <source>Show internal calls</source>
        <translation>Show internal calls</translation>
    </message>
    <message>
        <source>My calls</source>
        <translation>My calls</translation>
    </message>
    <message>
        <source>Client, employee or number</source>
        <translation>Client, employee or number</translation>
    </message>
    <message>
        <source>Search: client, employee or number (Ctrl+F)</source>
        <translation>Search: client, employee or number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Calls: {count}</source>
        <translation>Calls: {count}</translation>
    </message>
    <message>
        <source>↑ New calls: {count}</source>
        <translation>↑ New calls: {count}</translation>
    </message>
    <message>
        <source>New calls: {count} — refresh (F5)</source>
        <translation>New calls: {count} — refresh (F5)</translation>
    </message>
    <message>
        <source>Call the selected call&apos;s number</source>
        <translation>Call the selected call&apos;s number</translation>
    </message>
    <message>
        <source>Call journal</source>
        <translation>Call journal</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Needs attention: missed and not called back that day</source>
        <translation>Needs attention: missed and not called back that day</translation>
    </message>
    <message>
        <source>First contact: the number was unknown at the time of the call</source>
        <translation>First contact: the number was unknown at the time of the call</translation>
    </message>
    <message>
        <source>Has a comment</source>
        <translation>Has a comment</translation>
    </message>
    <message>
        <source>The employee on the call is the client&apos;s responsible manager</source>
        <translation>The employee on the call is the client&apos;s responsible manager</translation>
    </message>
    <message>
        <source>The call has a recording (the side panel plays it)</source>
        <translation>The call has a recording (the side panel plays it)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>New letter</source>
        <translation>New letter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send the letter (Ctrl+Enter)</source>
        <translation>Send the letter (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Attach files of the card:</source>
        <translation>Attach files of the card:</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>New list</source>
        <translation>New list</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Delete list</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Hide clients with this value</source>
        <translation>Hide clients with this value</translation>
    </message>
    <message>
        <source>Clients whose card holds an item marked here are left out of the client table until &quot;Show hidden&quot; is on (e.g. statuses &quot;Closed&quot;, &quot;Not our client&quot;).</source>
        <translation>Clients whose card holds an item marked here are left out of the client table until &quot;Show hidden&quot; is on (e.g. statuses &quot;Closed&quot;, &quot;Not our client&quot;).</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Save list</source>
        <translation>Save list</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Items:</translation>
    </message>
    <message>
        <source>Reusable lists for card fields of the type &quot;One item of a list&quot;: a status, a source… Renaming an item renames it on every card.</source>
        <translation>Reusable lists for card fields of the type &quot;One item of a list&quot;: a status, a source… Renaming an item renames it on every card.</translation>
    </message>
    <message>
        <source>No card field uses this list yet.</source>
        <translation>No card field uses this list yet.</translation>
    </message>
    <message>
        <source>Used by the fields: {0}</source>
        <translation>Used by the fields: {0}</translation>
    </message>
    <message>
        <source>The list was saved.</source>
        <translation>The list was saved.</translation>
    </message>
    <message>
        <source>The list was deleted.</source>
        <translation>The list was deleted.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>CallDesk — log in</source>
        <translation>CallDesk — log in</translation>
    </message>
    <message>
        <source>CallDesk</source>
        <translation>CallDesk</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Checking the password…</translation>
    </message>
</context>
<context>
    <name>MailAndFilesPage</name>
    <message>
        <source>Mail server for letters from the client card</source>
        <translation>Mail server for letters from the client card</translation>
    </message>
    <message>
        <source>empty: letters open the mail client</source>
        <translation>empty: letters open the mail client</translation>
    </message>
    <message>
        <source>none (not recommended)</source>
        <translation>none (not recommended)</translation>
    </message>
    <message>
        <source>unchanged (kept in the keyring)</source>
        <translation>unchanged (kept in the keyring)</translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation>the system&apos;s certificates</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Sender address:</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>CA certificate file:</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>empty: in the database</source>
        <translation>empty: in the database</translation>
    </message>
    <message>
        <source>Largest file:</source>
        <translation>Largest file:</translation>
    </message>
    <message>
        <source>File store folder:</source>
        <translation>File store folder:</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CallDesk</source>
        <translation>CallDesk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Log out and log in as another employee (Ctrl+Shift+L)</source>
        <translation>Log out and log in as another employee (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Close form</source>
        <translation>Close form</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Softphone</translation>
    </message>
    <message>
        <source>Show my missed calls in the journal</source>
        <translation>Show my missed calls in the journal</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Simulate an incoming call</source>
        <translation>Simulate an incoming call</translation>
    </message>
    <message>
        <source>A client of the demo database calls you now (one also calls every minute while you are not on a call). Ctrl+Shift+I</source>
        <translation>A client of the demo database calls you now (one also calls every minute while you are not on a call). Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Open the callers waiting for a call back</source>
        <translation>Open the callers waiting for a call back</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Overdue callbacks: {count}</source>
        <translation>Overdue callbacks: {count}</translation>
    </message>
    <message>
        <source>To call back</source>
        <translation>To call back</translation>
    </message>
    <message>
        <source>Missed: {count}</source>
        <translation>Missed: {count}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>accountant</source>
        <translation>accountant</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Call journal</source>
        <translation>Call journal</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Help (F1)</translation>
    </message>
    <message>
        <source>Settings saved. Restart CallDesk to switch the language.</source>
        <translation>Settings saved. Restart CallDesk to switch the language.</translation>
    </message>
    <message>
        <source>No connection to the database, retrying…</source>
        <translation>No connection to the database, retrying…</translation>
    </message>
</context>
<context>
    <name>OperatorsBoard</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Ringing</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Talking</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>ready {count}</source>
        <translation>ready {count}</translation>
    </message>
    <message>
        <source>talking {count}</source>
        <translation>talking {count}</translation>
    </message>
    <message>
        <source>ringing {count}</source>
        <translation>ringing {count}</translation>
    </message>
    <message>
        <source>paused {count}</source>
        <translation>paused {count}</translation>
    </message>
    <message>
        <source>Operators: {states}</source>
        <translation>Operators: {states}</translation>
    </message>
</context>
<context>
    <name>PauseControl</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>{reason} (with a note)…</source>
        <translation>{reason} (with a note)…</translation>
    </message>
    <message>
        <source>Ready for calls. Choose a pause reason to pause.</source>
        <translation>Ready for calls. Choose a pause reason to pause.</translation>
    </message>
    <message>
        <source>Pause: {reason} {time}</source>
        <translation>Pause: {reason} {time}</translation>
    </message>
    <message>
        <source>On pause. Choose Ready to take calls again.</source>
        <translation>On pause. Choose Ready to take calls again.</translation>
    </message>
    <message>
        <source>Ready — not saved yet</source>
        <translation>Ready — not saved yet</translation>
    </message>
    <message>
        <source>Ready — saving…</source>
        <translation>Ready — saving…</translation>
    </message>
    <message>
        <source>Pause: {reason} — not saved yet</source>
        <translation>Pause: {reason} — not saved yet</translation>
    </message>
    <message>
        <source>Pause: {reason} — saving…</source>
        <translation>Pause: {reason} — saving…</translation>
    </message>
    <message>
        <source>Not saved yet: the database does not answer. It is saved as soon as the database is back; choose again to change it.</source>
        <translation>Not saved yet: the database does not answer. It is saved as soon as the database is back; choose again to change it.</translation>
    </message>
    <message>
        <source>Being saved. The new state counts once it is saved.</source>
        <translation>Being saved. The new state counts once it is saved.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>What is the pause for?</source>
        <translation>What is the pause for?</translation>
    </message>
    <message>
        <source>Ready was not saved: {reason}</source>
        <translation>Ready was not saved: {reason}</translation>
    </message>
    <message>
        <source>The pause ({pause}) was not saved: {reason}</source>
        <translation>The pause ({pause}) was not saved: {reason}</translation>
    </message>
</context>
<context>
    <name>PbxPage</name>
    <message>
        <source>kept in this computer&apos;s keyring</source>
        <translation>kept in this computer&apos;s keyring</translation>
    </message>
    <message>
        <source>Read channel events (cel): who hung up</source>
        <translation>Read channel events (cel): who hung up</translation>
    </message>
    <message>
        <source>One pattern a line, e.g. ^PJSIP/trunk-. Empty: any non-extension channel.</source>
        <translation>One pattern a line, e.g. ^PJSIP/trunk-. Empty: any non-extension channel.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Call records (cdr):</source>
        <translation>Call records (cdr):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Queue log:</source>
        <translation>Queue log:</translation>
    </message>
    <message>
        <source>Trunk channels:</source>
        <translation>Trunk channels:</translation>
    </message>
    <message>
        <source>PBX time zone:</source>
        <translation>PBX time zone:</translation>
    </message>
    <message>
        <source>Recordings:</source>
        <translation>Recordings:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Reads a few of the newest records and shows the calls they would become</source>
        <translation>Reads a few of the newest records and shows the calls they would become</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wait, s</source>
        <translation>Wait, s</translation>
    </message>
    <message>
        <source>Talk, s</source>
        <translation>Talk, s</translation>
    </message>
    <message>
        <source>Parts / records</source>
        <translation>Parts / records</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>Hung up</translation>
    </message>
    <message>
        <source>Connection of the collector</source>
        <translation>Connection of the collector</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Last heartbeat:</source>
        <translation>Last heartbeat:</translation>
    </message>
    <message>
        <source>Behind:</source>
        <translation>Behind:</translation>
    </message>
    <message>
        <source>Since start:</source>
        <translation>Since start:</translation>
    </message>
    <message>
        <source>Last errors:</source>
        <translation>Last errors:</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>Saved. The collector reads these settings when it starts.</source>
        <translation>Saved. The collector reads these settings when it starts.</translation>
    </message>
    <message>
        <source>Enter where the call records are first.</source>
        <translation>Enter where the call records are first.</translation>
    </message>
    <message>
        <source>Reading the PBX&apos;s newest records…</source>
        <translation>Reading the PBX&apos;s newest records…</translation>
    </message>
    <message>
        <source>The PBX records cannot be read: {reason}</source>
        <translation>The PBX records cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{rows} records read ({bad} not usable): the newest {calls} calls below.</source>
        <translation>{rows} records read ({bad} not usable): the newest {calls} calls below.</translation>
    </message>
    <message>
        <source>no collector has run yet</source>
        <translation>no collector has run yet</translation>
    </message>
    <message>
        <source>running on {holder}</source>
        <translation>running on {holder}</translation>
    </message>
    <message>
        <source>retrying a lost connection on {holder}</source>
        <translation>retrying a lost connection on {holder}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>{minutes} min (records up to {moment})</source>
        <translation>{minutes} min (records up to {moment})</translation>
    </message>
    <message>
        <source>{rows} records read, {calls} calls and {parts} parts written, {skipped} skipped</source>
        <translation>{rows} records read, {calls} calls and {parts} parts written, {skipped} skipped</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To (inclusive):</source>
        <translation>To (inclusive):</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>A role fills its preset of permissions; each toggle may then differ. Hover over a column&apos;s title for what it allows. An employee gets the new permissions at their next login.</source>
        <translation>A role fills its preset of permissions; each toggle may then differ. Hover over a column&apos;s title for what it allows. An employee gets the new permissions at their next login.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the changed rows (Ctrl+S)</source>
        <translation>Save the changed rows (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Drop the changes and read the list again</source>
        <translation>Drop the changes and read the list again</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>Choosing a role fills the row with its preset.</source>
        <translation>Choosing a role fills the row with its preset.</translation>
    </message>
    <message>
        <source>Changed rows: {count}</source>
        <translation>Changed rows: {count}</translation>
    </message>
    <message>
        <source>Saved: {count} employees.</source>
        <translation>Saved: {count} employees.</translation>
    </message>
</context>
<context>
    <name>PlaybackEngine</name>
    <message>
        <source>The audio player (libVLC) could not be started.</source>
        <translation>The audio player (libVLC) could not be started.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>File Folder</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <source>Previous part</source>
        <translation>Previous part</translation>
    </message>
    <message>
        <source>Back 10 s</source>
        <translation>Back 10 s</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Play / pause (Space)</translation>
    </message>
    <message>
        <source>Forward 10 s</source>
        <translation>Forward 10 s</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>Next part</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <source>Download recordings</source>
        <translation>Download recordings</translation>
    </message>
    <message>
        <source>Download this part…</source>
        <translation>Download this part…</translation>
    </message>
    <message>
        <source>Download all parts…</source>
        <translation>Download all parts…</translation>
    </message>
    <message>
        <source>Download as one file…</source>
        <translation>Download as one file…</translation>
    </message>
    <message>
        <source>All parts of the call joined into one WAV file</source>
        <translation>All parts of the call joined into one WAV file</translation>
    </message>
    <message>
        <source>The whole call; a tick marks each transfer</source>
        <translation>The whole call; a tick marks each transfer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Play / pause</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>No recording: not on the timeline</source>
        <translation>No recording: not on the timeline</translation>
    </message>
    <message>
        <source>Listening to recordings needs the permission (Administration).</source>
        <translation>Listening to recordings needs the permission (Administration).</translation>
    </message>
    <message>
        <source>Downloading recordings needs the permission (Administration).</source>
        <translation>Downloading recordings needs the permission (Administration).</translation>
    </message>
    <message>
        <source>{why}

Download the parts as separate files instead?</source>
        <translation>{why}

Download the parts as separate files instead?</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The recording cannot be opened: {error}</source>
        <translation>The recording cannot be opened: {error}</translation>
    </message>
    <message>
        <source>Part {n}: {text}</source>
        <translation>Part {n}: {text}</translation>
    </message>
    <message>
        <source>The recording {name} cannot be played: it is damaged or in an unknown format.</source>
        <translation>The recording {name} cannot be played: it is damaged or in an unknown format.</translation>
    </message>
    <message>
        <source>No audio device: the recording plays without sound. Connect speakers or a headset and check the system&apos;s sound settings, or download the recording.</source>
        <translation>No audio device: the recording plays without sound. Connect speakers or a headset and check the system&apos;s sound settings, or download the recording.</translation>
    </message>
    <message>
        <source>Part {n}: {name}, from {start}</source>
        <translation>Part {n}: {name}, from {start}</translation>
    </message>
    <message>
        <source>Save recordings to</source>
        <translation>Save recordings to</translation>
    </message>
    <message>
        <source>Download as one file</source>
        <translation>Download as one file</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.

Replace it?</source>
        <translation>{name} already exists in {folder}.

Replace it?</translation>
    </message>
    <message>
        <source>{count} file(s) already exist in {folder}:
{names}

Replace them?</source>
        <translation>{count} file(s) already exist in {folder}:
{names}

Replace them?</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Downloading…</translation>
    </message>
    <message>
        <source>Saved: {names}</source>
        <translation>Saved: {names}</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>The download was cancelled.</translation>
    </message>
    <message>
        <source>The download failed: {error}</source>
        <translation>The download failed: {error}</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Task, {time}</source>
        <translation>Task, {time}</translation>
    </message>
    <message>
        <source>{time} — overdue</source>
        <translation>{time} — overdue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Later ({minutes} min)</source>
        <translation>Later ({minutes} min)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation>Dismiss all</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Calls by status and service level</source>
        <translation>Calls by status and service level</translation>
    </message>
    <message>
        <source>Service level, %</source>
        <translation>Service level, %</translation>
    </message>
    <message>
        <source>Incoming taken</source>
        <translation>Incoming taken</translation>
    </message>
    <message>
        <source>Outgoing made</source>
        <translation>Outgoing made</translation>
    </message>
    <message>
        <source>Missed on duty</source>
        <translation>Missed on duty</translation>
    </message>
    <message>
        <source>Calls per operator</source>
        <translation>Calls per operator</translation>
    </message>
    <message>
        <source>Lost calls and callbacks</source>
        <translation>Lost calls and callbacks</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Wait before answer or abandon, s</source>
        <translation>Wait before answer or abandon, s</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Client cards by manager</source>
        <translation>Client cards by manager</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>{day} {hour}:00 — offered {offered}, answered {answered}, lost {lost}</source>
        <translation>{day} {hour}:00 — offered {offered}, answered {answered}, lost {lost}</translation>
    </message>
    <message>
        <source>Offered calls by weekday and hour; double-click a cell for its calls</source>
        <translation>Offered calls by weekday and hour; double-click a cell for its calls</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Double-click to see these calls in the journal</source>
        <translation>Double-click to see these calls in the journal</translation>
    </message>
</context>
<context>
    <name>ReportsForm</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>No breakdown</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation>Day of week</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>Hour of day</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Who ended the calls: {causes}</source>
        <translation>Who ended the calls: {causes}</translation>
    </message>
    <message>
        <source>Incoming calls nobody answered: {outcomes}</source>
        <translation>Incoming calls nobody answered: {outcomes}</translation>
    </message>
    <message>
        <source>Outgoing calls not answered: {outcomes}</source>
        <translation>Outgoing calls not answered: {outcomes}</translation>
    </message>
    <message>
        <source>More rows</source>
        <translation>More rows</translation>
    </message>
    <message>
        <source>Build (F5)</source>
        <translation>Build (F5)</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Exporting and printing need the Export permission (Administration).</source>
        <translation>Exporting and printing need the Export permission (Administration).</translation>
    </message>
    <message>
        <source>This report covers every operator&apos;s calls; you may see only your own (the permission to see all calls, Administration).</source>
        <translation>This report covers every operator&apos;s calls; you may see only your own (the permission to see all calls, Administration).</translation>
    </message>
    <message>
        <source>Operators:</source>
        <translation>Operators:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Your reports cover only your own calls.</source>
        <translation>Your reports cover only your own calls.</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Calls:</translation>
    </message>
    <message>
        <source>incoming and outgoing</source>
        <translation>incoming and outgoing</translation>
    </message>
    <message>
        <source>Queue: all</source>
        <translation>Queue: all</translation>
    </message>
    <message>
        <source>DID: all</source>
        <translation>DID: all</translation>
    </message>
    <message>
        <source>Several values separated by commas</source>
        <translation>Several values separated by commas</translation>
    </message>
    <message>
        <source>Calls at least:</source>
        <translation>Calls at least:</translation>
    </message>
    <message>
        <source>within days:</source>
        <translation>within days:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>No calls or cards in this period for these filters.</source>
        <translation>No calls or cards in this period for these filters.</translation>
    </message>
    <message>
        <source>No tasks in this period for these filters.</source>
        <translation>No tasks in this period for these filters.</translation>
    </message>
    <message>
        <source>Rows: {count}</source>
        <translation>Rows: {count}</translation>
    </message>
    <message>
        <source>{title}: {start} – {end}. Times are the database server&apos;s: a workstation&apos;s clock cannot change them.</source>
        <translation>{title}: {start} – {end}. Times are the database server&apos;s: a workstation&apos;s clock cannot change them.</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone</source>
        <translation>this computer&apos;s time zone</translation>
    </message>
    <message>
        <source>{title}: {start} – {end}. Time zone: {zone}. Service level: answered within {sl} s. Abandons shorter than {short} s are not counted as lost.</source>
        <translation>{title}: {start} – {end}. Time zone: {zone}. Service level: answered within {sl} s. Abandons shorter than {short} s are not counted as lost.</translation>
    </message>
    <message>
        <source>{report}: {column}</source>
        <translation>{report}: {column}</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>The file could not be written: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>week {week}, from {day}</source>
        <translation>week {week}, from {day}</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>Q{quarter} {year}</translation>
    </message>
</context>
<context>
    <name>SelectionForm</name>
    <message>
        <source>More calls</source>
        <translation>More calls</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Calls: {count}</source>
        <translation>Calls: {count}</translation>
    </message>
</context>
<context>
    <name>SelectionModel</name>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>As in the system</source>
        <translation>As in the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>A new language applies after CallDesk is restarted.</source>
        <translation>A new language applies after CallDesk is restarted.</translation>
    </message>
    <message>
        <source>Settings file: {path}</source>
        <translation>Settings file: {path}</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Softphone</translation>
    </message>
    <message>
        <source>The settings were not saved: {error}</source>
        <translation>The settings were not saved: {error}</translation>
    </message>
</context>
<context>
    <name>SipAccountBox</name>
    <message>
        <source>SIP account (softphone)</source>
        <translation>SIP account (softphone)</translation>
    </message>
    <message>
        <source>pbx.example.com</source>
        <translation>pbx.example.com</translation>
    </message>
    <message>
        <source>e.g. 301</source>
        <translation>e.g. 301</translation>
    </message>
    <message>
        <source>the same as the extension</source>
        <translation>the same as the extension</translation>
    </message>
    <message>
        <source>the employee&apos;s full name</source>
        <translation>the employee&apos;s full name</translation>
    </message>
    <message>
        <source>The password is not stored here: the employee types it once on each computer, which keeps it in its system keyring.</source>
        <translation>The password is not stored here: the employee types it once on each computer, which keeps it in its system keyring.</translation>
    </message>
    <message>
        <source>PBX (registrar):</source>
        <translation>PBX (registrar):</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>SIP user (extension):</source>
        <translation>SIP user (extension):</translation>
    </message>
    <message>
        <source>Authentication user:</source>
        <translation>Authentication user:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transport:</translation>
    </message>
</context>
<context>
    <name>SipPasswordDialog</name>
    <message>
        <source>SIP password</source>
        <translation>SIP password</translation>
    </message>
    <message>
        <source>Your softphone registers as {account}. This computer does not know its password yet.</source>
        <translation>Your softphone registers as {account}. This computer does not know its password yet.</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <source>Kept in the system keyring of this computer, never in a file</source>
        <translation>Kept in the system keyring of this computer, never in a file</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>SipStatusLabel</name>
    <message>
        <source>Click to register again</source>
        <translation>Click to register again</translation>
    </message>
</context>
<context>
    <name>SoftphonePanel</name>
    <message>
        <source>incoming</source>
        <translation>incoming</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <source>held by the other side</source>
        <translation>held by the other side</translation>
    </message>
    <message>
        <source>calling…</source>
        <translation>calling…</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>ringing</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>talking</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>Number (Ctrl+D)</source>
        <translation>Number (Ctrl+D)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>Consult…</source>
        <translation>Consult…</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Complete transfer</translation>
    </message>
    <message>
        <source>Cancel consult</source>
        <translation>Cancel consult</translation>
    </message>
    <message>
        <source>DTMF…</source>
        <translation>DTMF…</translation>
    </message>
    <message>
        <source>Microphone volume</source>
        <translation>Microphone volume</translation>
    </message>
    <message>
        <source>Headset volume</source>
        <translation>Headset volume</translation>
    </message>
    <message>
        <source>Level now</source>
        <translation>Level now</translation>
    </message>
    <message>
        <source>This call is recorded</source>
        <translation>This call is recorded</translation>
    </message>
    <message>
        <source>Calls are recorded</source>
        <translation>Calls are recorded</translation>
    </message>
    <message>
        <source>Unhold</source>
        <translation>Unhold</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Unmute</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Transfer the call to:</source>
        <translation>Transfer the call to:</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Consult</translation>
    </message>
    <message>
        <source>Call a colleague first:</source>
        <translation>Call a colleague first:</translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation>DTMF</translation>
    </message>
    <message>
        <source>Digits to send (0-9, *, #):</source>
        <translation>Digits to send (0-9, *, #):</translation>
    </message>
    <message>
        <source>No audio device</source>
        <translation>No audio device</translation>
    </message>
    <message>
        <source>Audio: {problem}</source>
        <translation>Audio: {problem}</translation>
    </message>
</context>
<context>
    <name>SoftphoneRefusal</name>
    <message>
        <source>The call has already ended.</source>
        <translation>The call has already ended.</translation>
    </message>
    <message>
        <source>The call cannot do that now: it may be ringing, on hold or ending.</source>
        <translation>The call cannot do that now: it may be ringing, on hold or ending.</translation>
    </message>
    <message>
        <source>This number cannot be dialled: check it for stray characters.</source>
        <translation>This number cannot be dialled: check it for stray characters.</translation>
    </message>
    <message>
        <source>No connection to the PBX: check the network and the PBX address in Settings.</source>
        <translation>No connection to the PBX: check the network and the PBX address in Settings.</translation>
    </message>
    <message>
        <source>The softphone is not connected: set it up in Settings → Softphone.</source>
        <translation>The softphone is not connected: set it up in Settings → Softphone.</translation>
    </message>
    <message>
        <source>Too many calls at once: end one of them first.</source>
        <translation>Too many calls at once: end one of them first.</translation>
    </message>
    <message>
        <source>The softphone could not do it ({detail}).</source>
        <translation>The softphone could not do it ({detail}).</translation>
    </message>
</context>
<context>
    <name>SoftphoneSession</name>
    <message>
        <source>Softphone: {error}</source>
        <translation>Softphone: {error}</translation>
    </message>
    <message>
        <source>Registered: {code} {reason}</source>
        <translation>Registered: {code} {reason}</translation>
    </message>
    <message>
        <source>Refused: {code} {reason} — check the extension, user and password</source>
        <translation>Refused: {code} {reason} — check the extension, user and password</translation>
    </message>
    <message>
        <source>No answer from the PBX ({code}): check the address, port and transport</source>
        <translation>No answer from the PBX ({code}): check the address, port and transport</translation>
    </message>
    <message>
        <source>Refused: {code} {reason}</source>
        <translation>Refused: {code} {reason}</translation>
    </message>
    <message>
        <source>You have no SIP account: an administrator sets it in Administration, Users.</source>
        <translation>You have no SIP account: an administrator sets it in Administration, Users.</translation>
    </message>
    <message>
        <source>The softphone is not registered on the PBX.</source>
        <translation>The softphone is not registered on the PBX.</translation>
    </message>
    <message>
        <source>Softphone: not configured</source>
        <translation>Softphone: not configured</translation>
    </message>
    <message>
        <source>SIP {user}: registered</source>
        <translation>SIP {user}: registered</translation>
    </message>
    <message>
        <source>SIP {user}: registering…</source>
        <translation>SIP {user}: registering…</translation>
    </message>
    <message>
        <source>SIP {user}: {code} {reason} — check the password</source>
        <translation>SIP {user}: {code} {reason} — check the password</translation>
    </message>
    <message>
        <source>SIP {user}: no answer from the PBX ({code}), retrying</source>
        <translation>SIP {user}: no answer from the PBX ({code}), retrying</translation>
    </message>
    <message>
        <source>SIP {user}: {code} {reason}, retrying</source>
        <translation>SIP {user}: {code} {reason}, retrying</translation>
    </message>
    <message>
        <source>SIP {user}: ready (no registration)</source>
        <translation>SIP {user}: ready (no registration)</translation>
    </message>
    <message>
        <source>SIP {user}: not registered</source>
        <translation>SIP {user}: not registered</translation>
    </message>
    <message>
        <source>The PBX was not told: {error}</source>
        <translation>The PBX was not told: {error}</translation>
    </message>
    <message>
        <source>New client card for {number}</source>
        <translation>New client card for {number}</translation>
    </message>
    <message>
        <source>The call was not written to the journal: {error}</source>
        <translation>The call was not written to the journal: {error}</translation>
    </message>
</context>
<context>
    <name>SoftphoneSettingsPage</name>
    <message>
        <source>pbx.example.com</source>
        <translation>pbx.example.com</translation>
    </message>
    <message>
        <source>e.g. 301</source>
        <translation>e.g. 301</translation>
    </message>
    <message>
        <source>the same as the extension</source>
        <translation>the same as the extension</translation>
    </message>
    <message>
        <source>your full name</source>
        <translation>your full name</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>International (+79161234567)</source>
        <translation>International (+79161234567)</translation>
    </message>
    <message>
        <source>National (89161234567)</source>
        <translation>National (89161234567)</translation>
    </message>
    <message>
        <source>e.g. *46</source>
        <translation>e.g. *46</translation>
    </message>
    <message>
        <source>e.g. *47</source>
        <translation>e.g. *47</translation>
    </message>
    <message>
        <source>as the company</source>
        <translation>as the company</translation>
    </message>
    <message>
        <source>my own:</source>
        <translation>my own:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>PBX (registrar):</source>
        <translation>PBX (registrar):</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Extension:</translation>
    </message>
    <message>
        <source>Authentication user:</source>
        <translation>Authentication user:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transport:</translation>
    </message>
    <message>
        <source>Outside-line prefix:</source>
        <translation>Outside-line prefix:</translation>
    </message>
    <message>
        <source>Number format:</source>
        <translation>Number format:</translation>
    </message>
    <message>
        <source>Pause feature code:</source>
        <translation>Pause feature code:</translation>
    </message>
    <message>
        <source>Back-to-work feature code:</source>
        <translation>Back-to-work feature code:</translation>
    </message>
    <message>
        <source>Wrap-up pause after a call:</source>
        <translation>Wrap-up pause after a call:</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Microphone:</translation>
    </message>
    <message>
        <source>Speaker (headset):</source>
        <translation>Speaker (headset):</translation>
    </message>
    <message>
        <source>Ringer:</source>
        <translation>Ringer:</translation>
    </message>
    <message>
        <source>Test registration</source>
        <translation>Test registration</translation>
    </message>
    <message>
        <source>No audio device: {problem}</source>
        <translation>No audio device: {problem}</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(system default)</translation>
    </message>
    <message>
        <source>{device} (not connected)</source>
        <translation>{device} (not connected)</translation>
    </message>
    <message>
        <source>stored in the system keyring; type to change</source>
        <translation>stored in the system keyring; type to change</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>kept in the system keyring</translation>
    </message>
    <message>
        <source>You have no SIP account. An administrator sets it in Administration, Users; it then follows you to any computer you log in at.</source>
        <translation>You have no SIP account. An administrator sets it in Administration, Users; it then follows you to any computer you log in at.</translation>
    </message>
    <message>
        <source>Your SIP account {account} is set by an administrator and follows you to any computer you log in at. Its password is kept on this computer.</source>
        <translation>Your SIP account {account} is set by an administrator and follows you to any computer you log in at. Its password is kept on this computer.</translation>
    </message>
    <message>
        <source>You have no SIP account.</source>
        <translation>You have no SIP account.</translation>
    </message>
    <message>
        <source>Fill in the PBX address and the extension first.</source>
        <translation>Fill in the PBX address and the extension first.</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registering…</translation>
    </message>
</context>
<context>
    <name>SoftphoneStart</name>
    <message>
        <source>SIP account</source>
        <translation>SIP account</translation>
    </message>
    <message>
        <source>This computer has the SIP account {account}, but you have none. Keep it as yours? It will then follow you to any computer you log in at.</source>
        <translation>This computer has the SIP account {account}, but you have none. Keep it as yours? It will then follow you to any computer you log in at.</translation>
    </message>
    <message>
        <source>The softphone waits for your SIP password: click its state to enter it.</source>
        <translation>The softphone waits for your SIP password: click its state to enter it.</translation>
    </message>
    <message>
        <source>SIP {user}: password needed</source>
        <translation>SIP {user}: password needed</translation>
    </message>
</context>
<context>
    <name>StatusFilterButton</name>
    <message>
        <source>Show only calls with these statuses</source>
        <translation>Show only calls with these statuses</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Status: any</source>
        <translation>Status: any</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Statuses: {count}</source>
        <translation>Statuses: {count}</translation>
    </message>
</context>
<context>
    <name>TaskBoardForm</name>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>To «{column}»</source>
        <translation>To «{column}»</translation>
    </message>
    <message>
        <source>Group by assignee</source>
        <translation>Group by assignee</translation>
    </message>
    <message>
        <source>One lane per assignee; drop a card on another lane to give it to them</source>
        <translation>One lane per assignee; drop a card on another lane to give it to them</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source> Assignee: </source>
        <translation> Assignee: </translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>due {moment}</source>
        <translation>due {moment}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Hours spent</translation>
    </message>
    <message>
        <source>Hours spent on «{title}»:</source>
        <translation>Hours spent on «{title}»:</translation>
    </message>
    <message>
        <source>Another assignee</source>
        <translation>Another assignee</translation>
    </message>
    <message>
        <source>Give «{title}» to {assignee}?</source>
        <translation>Give «{title}» to {assignee}?</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Remind:</source>
        <translation>Remind:</translation>
    </message>
    <message>
        <source>Add client…</source>
        <translation>Add client…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Attach the current client filter</source>
        <translation>Attach the current client filter</translation>
    </message>
    <message>
        <source>Open the filtered clients</source>
        <translation>Open the filtered clients</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Assignee:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Clients:</source>
        <translation>Clients:</translation>
    </message>
    <message>
        <source>Write a comment and press Enter</source>
        <translation>Write a comment and press Enter</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Task: {title}</source>
        <translation>Task: {title}</translation>
    </message>
    <message>
        <source>{hours} h spent</source>
        <translation>{hours} h spent</translation>
    </message>
    <message>
        <source>Client filter: {filter}</source>
        <translation>Client filter: {filter}</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Add client</translation>
    </message>
    <message>
        <source>Client name contains:</source>
        <translation>Client name contains:</translation>
    </message>
    <message>
        <source>No client&apos;s name contains «{text}».</source>
        <translation>No client&apos;s name contains «{text}».</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
</context>
<context>
    <name>TaskReport</name>
    <message>
        <source>Search in titles and descriptions</source>
        <translation>Search in titles and descriptions</translation>
    </message>
    <message>
        <source>Save to Excel…</source>
        <translation>Save to Excel…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>{column}: all</source>
        <translation>{column}: all</translation>
    </message>
    <message>
        <source>Tasks: {count}</source>
        <translation>Tasks: {count}</translation>
    </message>
    <message>
        <source>Save to Excel</source>
        <translation>Save to Excel</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
</context>
<context>
    <name>TaskReportFilters</name>
    <message>
        <source>by due date</source>
        <translation>by due date</translation>
    </message>
    <message>
        <source>by creation date</source>
        <translation>by creation date</translation>
    </message>
    <message>
        <source>assignee or creator</source>
        <translation>assignee or creator</translation>
    </message>
    <message>
        <source>as assignee</source>
        <translation>as assignee</translation>
    </message>
    <message>
        <source>as creator</source>
        <translation>as creator</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Search in titles and descriptions</source>
        <translation>Search in titles and descriptions</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Tasks:</translation>
    </message>
</context>
<context>
    <name>TransferBar</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} of {total}</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Choosing a role gives its permissions; change them on the Permissions page.</source>
        <translation>Choosing a role gives its permissions; change them on the Permissions page.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Extension:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Groups:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>ValueFilterPopup</name>
    <message>
        <source>Sort A to Z</source>
        <translation>Sort A to Z</translation>
    </message>
    <message>
        <source>Sort Z to A</source>
        <translation>Sort Z to A</translation>
    </message>
    <message>
        <source>Search values</source>
        <translation>Search values</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Select all shown</translation>
    </message>
    <message>
        <source>Loading values…</source>
        <translation>Loading values…</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>More values than listed: type to narrow the list.</source>
        <translation>More values than listed: type to narrow the list.</translation>
    </message>
    <message>
        <source>No values.</source>
        <translation>No values.</translation>
    </message>
    <message>
        <source>Tick values, or type a part of the text and Apply with none ticked.</source>
        <translation>Tick values, or type a part of the text and Apply with none ticked.</translation>
    </message>
</context>
<context>
    <name>ViewsBar</name>
    <message>
        <source>responsible managers: {count}</source>
        <translation>responsible managers: {count}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Saved views: filters, search and sort</source>
        <translation>Saved views: filters, search and sort</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Save view…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Reset filters</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>View:</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(not saved)</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Name of the view (the filters, the search and the sort):</source>
        <translation>Name of the view (the filters, the search and the sort):</translation>
    </message>
    <message>
        <source>Delete the view «{0}»?</source>
        <translation>Delete the view «{0}»?</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>First attempt</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Last attempt</translation>
    </message>
    <message>
        <source>Waited in all</source>
        <translation>Waited in all</translation>
    </message>
    <message>
        <source>Calls back</source>
        <translation>Calls back</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} left</translation>
    </message>
    <message>
        <source>overdue by {time}</source>
        <translation>overdue by {time}</translation>
    </message>
    <message>
        <source>Call back by {time}</source>
        <translation>Call back by {time}</translation>
    </message>
    <message>
        <source>{count} unanswered</source>
        <translation>{count} unanswered</translation>
    </message>
    <message>
        <source>{employee} until {time}</source>
        <translation>{employee} until {time}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>_RegistrationDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>accountant</source>
        <translation>accountant</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>One item of a list</source>
        <translation>One item of a list</translation>
    </message>
    <message>
        <source>Lines of text</source>
        <translation>Lines of text</translation>
    </message>
    <message>
        <source>Dropdown</source>
        <translation>Dropdown</translation>
    </message>
    <message>
        <source>Multi-select</source>
        <translation>Multi-select</translation>
    </message>
    <message>
        <source>Checkboxes</source>
        <translation>Checkboxes</translation>
    </message>
    <message>
        <source>Data will be lost</source>
        <translation>Data will be lost</translation>
    </message>
    <message>
        <source>The change clears the value on {0} client cards. This cannot be undone (the cards&apos; history keeps the old values). Continue?</source>
        <translation>The change clears the value on {0} client cards. This cannot be undone (the cards&apos; history keeps the old values). Continue?</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>The Reports section.</source>
        <translation>The Reports section.</translation>
    </message>
    <message>
        <source>Create and edit clients</source>
        <translation>Create and edit clients</translation>
    </message>
    <message>
        <source>Create client cards, change them, assign numbers. Without it: view only.</source>
        <translation>Create client cards, change them, assign numbers. Without it: view only.</translation>
    </message>
    <message>
        <source>Delete clients</source>
        <translation>Delete clients</translation>
    </message>
    <message>
        <source>Delete client cards.</source>
        <translation>Delete client cards.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import clients from Excel or CSV files.</source>
        <translation>Import clients from Excel or CSV files.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Users, permissions, groups, card fields and settings.</source>
        <translation>Users, permissions, groups, card fields and settings.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>The Tasks section: create and change tasks.</source>
        <translation>The Tasks section: create and change tasks.</translation>
    </message>
    <message>
        <source>See all calls</source>
        <translation>See all calls</translation>
    </message>
    <message>
        <source>Every call in the journal, cards, pop-up, search, exports and reports. Without it: only the calls the employee took part in.</source>
        <translation>Every call in the journal, cards, pop-up, search, exports and reports. Without it: only the calls the employee took part in.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save the journal, clients and reports to Excel or CSV, print reports.</source>
        <translation>Save the journal, clients and reports to Excel or CSV, print reports.</translation>
    </message>
    <message>
        <source>Listen to recordings</source>
        <translation>Listen to recordings</translation>
    </message>
    <message>
        <source>Play the recordings of the calls the employee may see.</source>
        <translation>Play the recordings of the calls the employee may see.</translation>
    </message>
    <message>
        <source>Download recordings</source>
        <translation>Download recordings</translation>
    </message>
    <message>
        <source>Save recordings to files.</source>
        <translation>Save recordings to files.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Enter your login and password.</source>
        <translation>Enter your login and password.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask an administrator.</source>
        <translation>This account is deactivated. Ask an administrator.</translation>
    </message>
    <message>
        <source>The comment has {length} characters; at most {limit} are allowed. Shorten it — nothing was saved.</source>
        <translation>The comment has {length} characters; at most {limit} are allowed. Shorten it — nothing was saved.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>The comment was changed by {employee} at {time} while you were editing it.</source>
        <translation>The comment was changed by {employee} at {time} while you were editing it.</translation>
    </message>
    <message>
        <source>The comment was changed by {employee} while you were editing it.</source>
        <translation>The comment was changed by {employee} while you were editing it.</translation>
    </message>
    <message>
        <source>Call {call_id} does not exist (it may have been deleted).</source>
        <translation>Call {call_id} does not exist (it may have been deleted).</translation>
    </message>
    <message>
        <source>Call {call_id} is not one of your calls.</source>
        <translation>Call {call_id} is not one of your calls.</translation>
    </message>
    <message>
        <source>The period ends before it starts: check the dates.</source>
        <translation>The period ends before it starts: check the dates.</translation>
    </message>
    <message>
        <source>The period is longer than {years} years: choose a shorter one.</source>
        <translation>The period is longer than {years} years: choose a shorter one.</translation>
    </message>
    <message>
        <source>The search text is {length} characters long; at most {limit} are allowed. Type a name or a part of the number.</source>
        <translation>The search text is {length} characters long; at most {limit} are allowed. Type a name or a part of the number.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>The phone number is empty.</translation>
    </message>
    <message>
        <source>{number} is an internal extension, not a client number.</source>
        <translation>{number} is an internal extension, not a client number.</translation>
    </message>
    <message>
        <source>{number} is not a phone number.</source>
        <translation>{number} is not a phone number.</translation>
    </message>
    <message>
        <source>{number} is not a valid phone number.</source>
        <translation>{number} is not a valid phone number.</translation>
    </message>
    <message>
        <source>The number {number} is already assigned to {client} by {employee} at {time}.</source>
        <translation>The number {number} is already assigned to {client} by {employee} at {time}.</translation>
    </message>
    <message>
        <source>The number {number} is already assigned to {client} by {employee}.</source>
        <translation>The number {number} is already assigned to {client} by {employee}.</translation>
    </message>
    <message>
        <source>The number {number} is already assigned to {client} at {time}.</source>
        <translation>The number {number} is already assigned to {client} at {time}.</translation>
    </message>
    <message>
        <source>The number {number} is already assigned to {client}.</source>
        <translation>The number {number} is already assigned to {client}.</translation>
    </message>
    <message>
        <source>{number} is an internal extension; only client numbers can be registered.</source>
        <translation>{number} is an internal extension; only client numbers can be registered.</translation>
    </message>
    <message>
        <source>Enter the {what}.</source>
        <translation>Enter the {what}.</translation>
    </message>
    <message>
        <source>The {what} is too long ({length} characters, at most {limit}).</source>
        <translation>The {what} is too long ({length} characters, at most {limit}).</translation>
    </message>
    <message>
        <source>The number {number} could not be saved: the client changed meanwhile.</source>
        <translation>The number {number} could not be saved: the client changed meanwhile.</translation>
    </message>
    <message>
        <source>client name</source>
        <translation>client name</translation>
    </message>
    <message>
        <source>contact person&apos;s name</source>
        <translation>contact person&apos;s name</translation>
    </message>
    <message>
        <source>contact person&apos;s position</source>
        <translation>contact person&apos;s position</translation>
    </message>
    <message>
        <source>The client no longer exists (it may have been deleted).</source>
        <translation>The client no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Enter the client&apos;s name.</translation>
    </message>
    <message>
        <source>The client&apos;s name is too long (at most {limit} characters).</source>
        <translation>The client&apos;s name is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Unknown kind of client: {kind}.</source>
        <translation>Unknown kind of client: {kind}.</translation>
    </message>
    <message>
        <source>«{email}» is not an e-mail address.</source>
        <translation>«{email}» is not an e-mail address.</translation>
    </message>
    <message>
        <source>Enter the contact person&apos;s name (or remove the empty row).</source>
        <translation>Enter the contact person&apos;s name (or remove the empty row).</translation>
    </message>
    <message>
        <source>The number {number} is entered twice.</source>
        <translation>The number {number} is entered twice.</translation>
    </message>
    <message>
        <source>Fill in the required field «{field}».</source>
        <translation>Fill in the required field «{field}».</translation>
    </message>
    <message>
        <source>You may only view the field «{field}».</source>
        <translation>You may only view the field «{field}».</translation>
    </message>
    <message>
        <source>The card has a value for a field you may not see.</source>
        <translation>The card has a value for a field you may not see.</translation>
    </message>
    <message>
        <source>The contact person no longer belongs to this client.</source>
        <translation>The contact person no longer belongs to this client.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>busy</translation>
    </message>
    <message>
        <source>Outgoing call, the other side answered</source>
        <translation>Outgoing call, the other side answered</translation>
    </message>
    <message>
        <source>Outgoing call, the line was busy</source>
        <translation>Outgoing call, the line was busy</translation>
    </message>
    <message>
        <source>Outgoing call, the number was unreachable or the network failed</source>
        <translation>Outgoing call, the number was unreachable or the network failed</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>no free channels</source>
        <translation>no free channels</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>Outgoing call, our employee hung up before the other side answered</source>
        <translation>Outgoing call, our employee hung up before the other side answered</translation>
    </message>
    <message>
        <source>Outgoing call, it rang and the other side never picked up</source>
        <translation>Outgoing call, it rang and the other side never picked up</translation>
    </message>
    <message>
        <source>Outgoing call, the other side declined it</source>
        <translation>Outgoing call, the other side declined it</translation>
    </message>
    <message>
        <source>Outgoing call, no free channels (the PBX or the operator&apos;s network was full)</source>
        <translation>Outgoing call, no free channels (the PBX or the operator&apos;s network was full)</translation>
    </message>
    <message>
        <source>The operator rejected the call</source>
        <translation>The operator rejected the call</translation>
    </message>
    <message>
        <source>The line was busy</source>
        <translation>The line was busy</translation>
    </message>
    <message>
        <source>The phone was unreachable or the network failed</source>
        <translation>The phone was unreachable or the network failed</translation>
    </message>
    <message>
        <source>No free channels (SIP 503, congestion)</source>
        <translation>No free channels (SIP 503, congestion)</translation>
    </message>
    <message>
        <source>{cause}. {explanation}</source>
        <translation>{cause}. {explanation}</translation>
    </message>
    <message>
        <source>The call is still going → {status}</source>
        <translation>The call is still going → {status}</translation>
    </message>
    <message>
        <source>{reason} → {status}</source>
        <translation>{reason} → {status}</translation>
    </message>
    <message>
        <source>Internal call, answered → {status}</source>
        <translation>Internal call, answered → {status}</translation>
    </message>
    <message>
        <source>Incoming call, answered → {status}</source>
        <translation>Incoming call, answered → {status}</translation>
    </message>
    <message>
        <source>Internal call, nobody answered → {status}</source>
        <translation>Internal call, nobody answered → {status}</translation>
    </message>
    <message>
        <source>from a client&apos;s number</source>
        <translation>from a client&apos;s number</translation>
    </message>
    <message>
        <source>from an unknown number</source>
        <translation>from an unknown number</translation>
    </message>
    <message>
        <source>Missed {source}, called back at {time} by {employee} the same day</source>
        <translation>Missed {source}, called back at {time} by {employee} the same day</translation>
    </message>
    <message>
        <source>Missed {source}, called back at {time} the same day</source>
        <translation>Missed {source}, called back at {time} the same day</translation>
    </message>
    <message>
        <source>Missed {source}, no answered contact until 23:59; called back only at {time} by {employee}</source>
        <translation>Missed {source}, no answered contact until 23:59; called back only at {time} by {employee}</translation>
    </message>
    <message>
        <source>Missed {source}, no answered contact until 23:59; called back only at {time}</source>
        <translation>Missed {source}, no answered contact until 23:59; called back only at {time}</translation>
    </message>
    <message>
        <source>Missed {source}, no answered contact until 23:59</source>
        <translation>Missed {source}, no answered contact until 23:59</translation>
    </message>
    <message>
        <source>{explanation}; mark removed at {time} by {employee}</source>
        <translation>{explanation}; mark removed at {time} by {employee}</translation>
    </message>
    <message>
        <source>{explanation}; mark removed at {time}</source>
        <translation>{explanation}; mark removed at {time}</translation>
    </message>
    <message>
        <source>{explanation}; needs attention</source>
        <translation>{explanation}; needs attention</translation>
    </message>
    <message>
        <source>«{field}» is too long (at most {limit} characters).</source>
        <translation>«{field}» is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>«{value}» is not an item of «{field}».</source>
        <translation>«{value}» is not an item of «{field}».</translation>
    </message>
    <message>
        <source>«{field}» needs a number.</source>
        <translation>«{field}» needs a number.</translation>
    </message>
    <message>
        <source>«{field}» needs a number, not «{value}».</source>
        <translation>«{field}» needs a number, not «{value}».</translation>
    </message>
    <message>
        <source>«{field}» takes numbers of at most 15 digits, not «{value}».</source>
        <translation>«{field}» takes numbers of at most 15 digits, not «{value}».</translation>
    </message>
    <message>
        <source>«{field}» needs a date like 31.12.2026, not «{value}».</source>
        <translation>«{field}» needs a date like 31.12.2026, not «{value}».</translation>
    </message>
    <message>
        <source>{file}: only .xlsx, .xls and .csv files can be imported.</source>
        <translation>{file}: only .xlsx, .xls and .csv files can be imported.</translation>
    </message>
    <message>
        <source>{file} has no rows.</source>
        <translation>{file} has no rows.</translation>
    </message>
    <message>
        <source>{file} has a header but no rows of clients (cells with formulas Excel never calculated are empty: open the file in Excel and save it again).</source>
        <translation>{file} has a header but no rows of clients (cells with formulas Excel never calculated are empty: open the file in Excel and save it again).</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows: split it.</source>
        <translation>{file} has more than {limit} rows: split it.</translation>
    </message>
    <message>
        <source>{file} has {count} columns; a client list has at most {limit}.</source>
        <translation>{file} has {count} columns; a client list has at most {limit}.</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel file ({error}).</source>
        <translation>{file} is not a readable Excel file ({error}).</translation>
    </message>
    <message>
        <source>{file}: unknown text encoding.</source>
        <translation>{file}: unknown text encoding.</translation>
    </message>
    <message>
        <source>{file} is not a text table: save it as CSV (UTF-8 or Windows-1251).</source>
        <translation>{file} is not a text table: save it as CSV (UTF-8 or Windows-1251).</translation>
    </message>
    <message>
        <source>{file} cannot be read as CSV ({error}).</source>
        <translation>{file} cannot be read as CSV ({error}).</translation>
    </message>
    <message>
        <source>Choose the column with the client&apos;s name.</source>
        <translation>Choose the column with the client&apos;s name.</translation>
    </message>
    <message>
        <source>You may not fill in one of the mapped fields.</source>
        <translation>You may not fill in one of the mapped fields.</translation>
    </message>
    <message>
        <source>The e-mail is longer than {limit} characters.</source>
        <translation>The e-mail is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>The number {number} is also on line {line}.</source>
        <translation>The number {number} is also on line {line}.</translation>
    </message>
    <message>
        <source>The client&apos;s name is empty.</source>
        <translation>The client&apos;s name is empty.</translation>
    </message>
    <message>
        <source>The required field «{field}» is empty.</source>
        <translation>The required field «{field}» is empty.</translation>
    </message>
    <message>
        <source>The number {number} already belongs to the client «{client}».</source>
        <translation>The number {number} already belongs to the client «{client}».</translation>
    </message>
    <message>
        <source>{count} rows have errors: fix them, or import only the valid rows.</source>
        <translation>{count} rows have errors: fix them, or import only the valid rows.</translation>
    </message>
    <message>
        <source>You may not see this field, so you cannot filter by it.</source>
        <translation>You may not see this field, so you cannot filter by it.</translation>
    </message>
    <message>
        <source>deadlock</source>
        <translation>deadlock</translation>
    </message>
    <message>
        <source>lock wait timeout</source>
        <translation>lock wait timeout</translation>
    </message>
    <message>
        <source>The database is empty. Create the CallDesk tables with &apos;calldesk migrate&apos;.</source>
        <translation>The database is empty. Create the CallDesk tables with &apos;calldesk migrate&apos;.</translation>
    </message>
    <message>
        <source>The database schema ({database}) is older than this version of CallDesk ({app}). Upgrade it with &apos;calldesk migrate&apos;.</source>
        <translation>The database schema ({database}) is older than this version of CallDesk ({app}). Upgrade it with &apos;calldesk migrate&apos;.</translation>
    </message>
    <message>
        <source>The database schema revision {database} is unknown to this version of CallDesk (newest known: {app}). The database was probably upgraded by a newer CallDesk: update this workstation.</source>
        <translation>The database schema revision {database} is unknown to this version of CallDesk (newest known: {app}). The database was probably upgraded by a newer CallDesk: update this workstation.</translation>
    </message>
    <message>
        <source>The database schema is up to date.</source>
        <translation>The database schema is up to date.</translation>
    </message>
    <message>
        <source>{url} is not a database address. Use e.g. &apos;mysql+pymysql://user@host/calldesk&apos; or &apos;sqlite:///path/calldesk.db&apos;.</source>
        <translation>{url} is not a database address. Use e.g. &apos;mysql+pymysql://user@host/calldesk&apos; or &apos;sqlite:///path/calldesk.db&apos;.</translation>
    </message>
    <message>
        <source>Database type {kind} is not supported: use MySQL/MariaDB or SQLite.</source>
        <translation>Database type {kind} is not supported: use MySQL/MariaDB or SQLite.</translation>
    </message>
    <message>
        <source>The TLS file {path} given as {setting} in the database address does not exist.</source>
        <translation>The TLS file {path} given as {setting} in the database address does not exist.</translation>
    </message>
    <message>
        <source>The TLS file {path} given as {setting} in the database address is a folder, not a file.</source>
        <translation>The TLS file {path} given as {setting} in the database address is a folder, not a file.</translation>
    </message>
    <message>
        <source>The TLS file {path} given as {setting} in the database address cannot be read: check that this user may read it.</source>
        <translation>The TLS file {path} given as {setting} in the database address cannot be read: check that this user may read it.</translation>
    </message>
    <message>
        <source>The file {path} given as {setting} in the database address is not a certificate: it must be the PEM file of the authority (CA) that signed the database server&apos;s certificate.</source>
        <translation>The file {path} given as {setting} in the database address is not a certificate: it must be the PEM file of the authority (CA) that signed the database server&apos;s certificate.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>the server</translation>
    </message>
    <message>
        <source>Another user was changing the same records at the same moment; the database refused this change ({reason}, attempts: {attempts}). Nothing was saved: try again.</source>
        <translation>Another user was changing the same records at the same moment; the database refused this change ({reason}, attempts: {attempts}). Nothing was saved: try again.</translation>
    </message>
    <message>
        <source>Access denied: wrong user name or password for the database.</source>
        <translation>Access denied: wrong user name or password for the database.</translation>
    </message>
    <message>
        <source>The database {database} does not exist on {host}.</source>
        <translation>The database {database} does not exist on {host}.</translation>
    </message>
    <message>
        <source>The user has no access to the database {database}.</source>
        <translation>The user has no access to the database {database}.</translation>
    </message>
    <message>
        <source>Unknown database host {host}: check the server name.</source>
        <translation>Unknown database host {host}: check the server name.</translation>
    </message>
    <message>
        <source>The certificate of the database server at {host} cannot be verified with the CA file given in the address (ssl_ca): it is not our server, or the CA file is not the one that signed its certificate.</source>
        <translation>The certificate of the database server at {host} cannot be verified with the CA file given in the address (ssl_ca): it is not our server, or the CA file is not the one that signed its certificate.</translation>
    </message>
    <message>
        <source>Cannot reach the database server at {host}: is it running and reachable?</source>
        <translation>Cannot reach the database server at {host}: is it running and reachable?</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database file: check that the folder exists and is writable.</source>
        <translation>Cannot open the SQLite database file: check that the folder exists and is writable.</translation>
    </message>
    <message>
        <source>The file is not a SQLite database.</source>
        <translation>The file is not a SQLite database.</translation>
    </message>
    <message>
        <source>Database error: {error}</source>
        <translation>Database error: {error}</translation>
    </message>
    <message>
        <source>The migration would break {count} references (first: {first}); nothing was changed.</source>
        <translation>The migration would break {count} references (first: {first}); nothing was changed.</translation>
    </message>
    <message>
        <source>Upgrading the database failed at revision {revision}: {error}</source>
        <translation>Upgrading the database failed at revision {revision}: {error}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Only an administrator may change users, groups and card fields.</source>
        <translation>Only an administrator may change users, groups and card fields.</translation>
    </message>
    <message>
        <source>You may not create clients. Ask an administrator.</source>
        <translation>You may not create clients. Ask an administrator.</translation>
    </message>
    <message>
        <source>You may only view client cards, not change them. Ask an administrator.</source>
        <translation>You may only view client cards, not change them. Ask an administrator.</translation>
    </message>
    <message>
        <source>You may not delete clients. Ask an administrator.</source>
        <translation>You may not delete clients. Ask an administrator.</translation>
    </message>
    <message>
        <source>You may not import clients. Ask an administrator.</source>
        <translation>You may not import clients. Ask an administrator.</translation>
    </message>
    <message>
        <source>You may not see reports. Ask an administrator.</source>
        <translation>You may not see reports. Ask an administrator.</translation>
    </message>
    <message>
        <source>You may not export to Excel. Ask an administrator.</source>
        <translation>You may not export to Excel. Ask an administrator.</translation>
    </message>
    <message>
        <source>You may not download recordings. Ask an administrator.</source>
        <translation>You may not download recordings. Ask an administrator.</translation>
    </message>
    <message>
        <source>You may not listen to recordings. Ask an administrator.</source>
        <translation>You may not listen to recordings. Ask an administrator.</translation>
    </message>
    <message>
        <source>The recording does not belong to this call.</source>
        <translation>The recording does not belong to this call.</translation>
    </message>
    <message>
        <source>The recording is not of one of your calls.</source>
        <translation>The recording is not of one of your calls.</translation>
    </message>
    <message>
        <source>You may not work with tasks. Ask an administrator.</source>
        <translation>You may not work with tasks. Ask an administrator.</translation>
    </message>
    <message>
        <source>{target} already exists.</source>
        <translation>{target} already exists.</translation>
    </message>
    <message>
        <source>The call part has no recording.</source>
        <translation>The call part has no recording.</translation>
    </message>
    <message>
        <source>The recording reference {reference} is not a relative path.</source>
        <translation>The recording reference {reference} is not a relative path.</translation>
    </message>
    <message>
        <source>The recording reference {reference} is an absolute path; only paths relative to the recordings folder are allowed.</source>
        <translation>The recording reference {reference} is an absolute path; only paths relative to the recordings folder are allowed.</translation>
    </message>
    <message>
        <source>The recording reference {reference} points outside the recordings folder (&apos;..&apos;).</source>
        <translation>The recording reference {reference} points outside the recordings folder (&apos;..&apos;).</translation>
    </message>
    <message>
        <source>The recording reference {reference} names no file.</source>
        <translation>The recording reference {reference} names no file.</translation>
    </message>
    <message>
        <source>No recordings folder or address is configured on this workstation.</source>
        <translation>No recordings folder or address is configured on this workstation.</translation>
    </message>
    <message>
        <source>The recording {file} is empty (no sound in it).</source>
        <translation>The recording {file} is empty (no sound in it).</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>The download was cancelled.</translation>
    </message>
    <message>
        <source>The recordings server stopped answering ({seconds} s).</source>
        <translation>The recordings server stopped answering ({seconds} s).</translation>
    </message>
    <message>
        <source>The download broke off after {done} of {total} bytes; try again.</source>
        <translation>The download broke off after {done} of {total} bytes; try again.</translation>
    </message>
    <message>
        <source>The recordings folder cannot be read ({error}).</source>
        <translation>The recordings folder cannot be read ({error}).</translation>
    </message>
    <message>
        <source>The recording {file} is not in the recordings folder {folder}.</source>
        <translation>The recording {file} is not in the recordings folder {folder}.</translation>
    </message>
    <message>
        <source>The recording {file} is not on the server (HTTP 404).</source>
        <translation>The recording {file} is not on the server (HTTP 404).</translation>
    </message>
    <message>
        <source>The recordings server refused {file} (HTTP {code} {reason}).</source>
        <translation>The recordings server refused {file} (HTTP {code} {reason}).</translation>
    </message>
    <message>
        <source>The recordings server did not answer within {seconds} s.</source>
        <translation>The recordings server did not answer within {seconds} s.</translation>
    </message>
    <message>
        <source>The recordings server cannot be reached ({reason}).</source>
        <translation>The recordings server cannot be reached ({reason}).</translation>
    </message>
    <message>
        <source>Enter the login.</source>
        <translation>Enter the login.</translation>
    </message>
    <message>
        <source>Enter the employee&apos;s full name.</source>
        <translation>Enter the employee&apos;s full name.</translation>
    </message>
    <message>
        <source>The extension «{extension}» must be digits only.</source>
        <translation>The extension «{extension}» must be digits only.</translation>
    </message>
    <message>
        <source>The login «{login}» is already taken.</source>
        <translation>The login «{login}» is already taken.</translation>
    </message>
    <message>
        <source>The extension {extension} already belongs to {owner}.</source>
        <translation>The extension {extension} already belongs to {owner}.</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>The group no longer exists.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>The user no longer exists.</translation>
    </message>
    <message>
        <source>You cannot take administration away from yourself.</source>
        <translation>You cannot take administration away from yourself.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>You cannot deactivate yourself.</translation>
    </message>
    <message>
        <source>Your account no longer exists or is off.</source>
        <translation>Your account no longer exists or is off.</translation>
    </message>
    <message>
        <source>Enter your full name.</source>
        <translation>Enter your full name.</translation>
    </message>
    <message>
        <source>The name is longer than {count} characters.</source>
        <translation>The name is longer than {count} characters.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>The current password is not right.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>The password must have at least {count} characters.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>The new password is the same as the current one.</translation>
    </message>
    <message>
        <source>Enter the group&apos;s name.</source>
        <translation>Enter the group&apos;s name.</translation>
    </message>
    <message>
        <source>A group «{name}» already exists.</source>
        <translation>A group «{name}» already exists.</translation>
    </message>
    <message>
        <source>Another administrator changed the group «{name}» meanwhile: its current access is shown, make your changes again.</source>
        <translation>Another administrator changed the group «{name}» meanwhile: its current access is shown, make your changes again.</translation>
    </message>
    <message>
        <source>The key «{code}» must start with a small Latin letter and hold only small Latin letters, digits and «_» (at most 64).</source>
        <translation>The key «{code}» must start with a small Latin letter and hold only small Latin letters, digits and «_» (at most 64).</translation>
    </message>
    <message>
        <source>Another field already has the key «{code}».</source>
        <translation>Another field already has the key «{code}».</translation>
    </message>
    <message>
        <source>Enter the field&apos;s title.</source>
        <translation>Enter the field&apos;s title.</translation>
    </message>
    <message>
        <source>The field&apos;s title is too long (at most 100 characters).</source>
        <translation>The field&apos;s title is too long (at most 100 characters).</translation>
    </message>
    <message>
        <source>A field «{title}» already exists.</source>
        <translation>A field «{title}» already exists.</translation>
    </message>
    <message>
        <source>Choose the list the field «{title}» picks from.</source>
        <translation>Choose the list the field «{title}» picks from.</translation>
    </message>
    <message>
        <source>The field «{title}» needs at least one list item.</source>
        <translation>The field «{title}» needs at least one list item.</translation>
    </message>
    <message>
        <source>The hint is too long (at most 200 characters).</source>
        <translation>The hint is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>The field no longer exists.</source>
        <translation>The field no longer exists.</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator can remove the &apos;no answer&apos; mark.</source>
        <translation>Only a supervisor or an administrator can remove the &apos;no answer&apos; mark.</translation>
    </message>
    <message>
        <source>Only a missed incoming call has a &apos;no answer&apos; mark to remove.</source>
        <translation>Only a missed incoming call has a &apos;no answer&apos; mark to remove.</translation>
    </message>
    <message>
        <source>The view has more than {limit} clients, more than an Excel sheet holds: narrow the search or export to CSV.</source>
        <translation>The view has more than {limit} clients, more than an Excel sheet holds: narrow the search or export to CSV.</translation>
    </message>
    <message>
        <source>The view has more than {limit} calls, more than an Excel sheet holds: choose a shorter period or export to CSV.</source>
        <translation>The view has more than {limit} calls, more than an Excel sheet holds: choose a shorter period or export to CSV.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>The outside-line prefix may have up to 4 digits, * or #.</source>
        <translation>The outside-line prefix may have up to 4 digits, * or #.</translation>
    </message>
    <message>
        <source>Type a number to call.</source>
        <translation>Type a number to call.</translation>
    </message>
    <message>
        <source>The number is too long to dial.</source>
        <translation>The number is too long to dial.</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>{reason} is not a pause reason.</source>
        <translation>{reason} is not a pause reason.</translation>
    </message>
    <message>
        <source>The pause note is too long ({length} characters, at most {limit}).</source>
        <translation>The pause note is too long ({length} characters, at most {limit}).</translation>
    </message>
    <message>
        <source>The employee {name} does not exist any more.</source>
        <translation>The employee {name} does not exist any more.</translation>
    </message>
    <message>
        <source>{value} is not a valid {what} of a call.</source>
        <translation>{value} is not a valid {what} of a call.</translation>
    </message>
    <message>
        <source>The call ends ({end}) before it starts ({start}).</source>
        <translation>The call ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>The call was answered ({time}) outside its own start and end.</source>
        <translation>The call was answered ({time}) outside its own start and end.</translation>
    </message>
    <message>
        <source>The call starts in the future ({start}).</source>
        <translation>The call starts in the future ({start}).</translation>
    </message>
    <message>
        <source>{number} is not an internal extension.</source>
        <translation>{number} is not an internal extension.</translation>
    </message>
    <message>
        <source>Only a call still going is opened.</source>
        <translation>Only a call still going is opened.</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>hang-up side</source>
        <translation>hang-up side</translation>
    </message>
    <message>
        <source>An answered call needs the time it was answered.</source>
        <translation>An answered call needs the time it was answered.</translation>
    </message>
    <message>
        <source>Fill in both the PBX address and the extension, or leave both empty.</source>
        <translation>Fill in both the PBX address and the extension, or leave both empty.</translation>
    </message>
    <message>
        <source>{value} is not a host name or an address of the PBX.</source>
        <translation>{value} is not a host name or an address of the PBX.</translation>
    </message>
    <message>
        <source>{value} is not a valid SIP user name.</source>
        <translation>{value} is not a valid SIP user name.</translation>
    </message>
    <message>
        <source>The SIP port must be between 1 and 65535.</source>
        <translation>The SIP port must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>The SIP transport must be UDP or TCP.</source>
        <translation>The SIP transport must be UDP or TCP.</translation>
    </message>
    <message>
        <source>{value} is not a feature code: use digits, * and # only.</source>
        <translation>{value} is not a feature code: use digits, * and # only.</translation>
    </message>
    <message>
        <source>The wrap-up pause lasts 0 to {limit} seconds.</source>
        <translation>The wrap-up pause lasts 0 to {limit} seconds.</translation>
    </message>
    <message>
        <source>A volume is 0 to {limit} %.</source>
        <translation>A volume is 0 to {limit} %.</translation>
    </message>
    <message>
        <source>{value} is not a number format.</source>
        <translation>{value} is not a number format.</translation>
    </message>
    <message>
        <source>PBX data: no collector yet</source>
        <translation>PBX data: no collector yet</translation>
    </message>
    <message>
        <source>Calls come from the PBX, but no collector has run yet: start &apos;calldesk collect&apos; (Administration -&gt; PBX).</source>
        <translation>Calls come from the PBX, but no collector has run yet: start &apos;calldesk collect&apos; (Administration -&gt; PBX).</translation>
    </message>
    <message>
        <source>Collector {holder}: {rows} records read, {calls} calls written, {skipped} skipped.</source>
        <translation>Collector {holder}: {rows} records read, {calls} calls written, {skipped} skipped.</translation>
    </message>
    <message>
        <source>PBX collector stopped {minutes} min ago</source>
        <translation>PBX collector stopped {minutes} min ago</translation>
    </message>
    <message>
        <source>{counts} Last error: {error}</source>
        <translation>{counts} Last error: {error}</translation>
    </message>
    <message>
        <source>PBX collector: connection problem, retrying</source>
        <translation>PBX collector: connection problem, retrying</translation>
    </message>
    <message>
        <source>PBX data {minutes} min behind</source>
        <translation>PBX data {minutes} min behind</translation>
    </message>
    <message>
        <source>The {what} address is not a database URL or a file:// path: {value}</source>
        <translation>The {what} address is not a database URL or a file:// path: {value}</translation>
    </message>
    <message>
        <source>The trunk pattern {pattern} is not valid: {reason}</source>
        <translation>The trunk pattern {pattern} is not valid: {reason}</translation>
    </message>
    <message>
        <source>Unknown time zone {zone}: use a name like Europe/Moscow or UTC.</source>
        <translation>Unknown time zone {zone}: use a name like Europe/Moscow or UTC.</translation>
    </message>
    <message>
        <source>Call center</source>
        <translation>Call center</translation>
    </message>
    <message>
        <source>Lost calls and callbacks</source>
        <translation>Lost calls and callbacks</translation>
    </message>
    <message>
        <source>Operator KPI</source>
        <translation>Operator KPI</translation>
    </message>
    <message>
        <source>Call detail</source>
        <translation>Call detail</translation>
    </message>
    <message>
        <source>Traffic distribution</source>
        <translation>Traffic distribution</translation>
    </message>
    <message>
        <source>Wait times and disconnection causes</source>
        <translation>Wait times and disconnection causes</translation>
    </message>
    <message>
        <source>Client cards</source>
        <translation>Client cards</translation>
    </message>
    <message>
        <source>Repeat callers</source>
        <translation>Repeat callers</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Recording access</source>
        <translation>Recording access</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Cards created</source>
        <translation>Cards created</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Completed on time</source>
        <translation>Completed on time</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Cards changed</source>
        <translation>Cards changed</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Time to callback</source>
        <translation>Time to callback</translation>
    </message>
    <message>
        <source>Incoming taken</source>
        <translation>Incoming taken</translation>
    </message>
    <message>
        <source>Outgoing made</source>
        <translation>Outgoing made</translation>
    </message>
    <message>
        <source>Outgoing reached</source>
        <translation>Outgoing reached</translation>
    </message>
    <message>
        <source>Missed while on duty</source>
        <translation>Missed while on duty</translation>
    </message>
    <message>
        <source>Total talk</source>
        <translation>Total talk</translation>
    </message>
    <message>
        <source>Average talk</source>
        <translation>Average talk</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Average handle time</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Time logged in</source>
        <translation>Time logged in</translation>
    </message>
    <message>
        <source>Callbacks made</source>
        <translation>Callbacks made</translation>
    </message>
    <message>
        <source>Share of the team&apos;s calls</source>
        <translation>Share of the team&apos;s calls</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>First call</source>
        <translation>First call</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Last call</translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation>Day of week</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Service level %</source>
        <translation>Service level %</translation>
    </message>
    <message>
        <source>Peak concurrent calls</source>
        <translation>Peak concurrent calls</translation>
    </message>
    <message>
        <source>Wait, s</source>
        <translation>Wait, s</translation>
    </message>
    <message>
        <source>Answered, cumulative %</source>
        <translation>Answered, cumulative %</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Abandoned, cumulative %</source>
        <translation>Abandoned, cumulative %</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>Answer %</source>
        <translation>Answer %</translation>
    </message>
    <message>
        <source>Abandon %</source>
        <translation>Abandon %</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>Average speed of answer</translation>
    </message>
    <message>
        <source>Max wait</source>
        <translation>Max wait</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Hours spent</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Accessed</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Listened</source>
        <translation>Listened</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Downloaded</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Timeout or system</source>
        <translation>Timeout or system</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Called back within 15 min</source>
        <translation>Called back within 15 min</translation>
    </message>
    <message>
        <source>Called back the same day</source>
        <translation>Called back the same day</translation>
    </message>
    <message>
        <source>Not called back</source>
        <translation>Not called back</translation>
    </message>
    <message>
        <source>We called back</source>
        <translation>We called back</translation>
    </message>
    <message>
        <source>They got through</source>
        <translation>They got through</translation>
    </message>
    <message>
        <source>Median time to callback</source>
        <translation>Median time to callback</translation>
    </message>
    <message>
        <source>The period is longer than 5 years: choose a shorter one.</source>
        <translation>The period is longer than 5 years: choose a shorter one.</translation>
    </message>
    <message>
        <source>Repeat callers need at least 2 calls within at least 1 day.</source>
        <translation>Repeat callers need at least 2 calls within at least 1 day.</translation>
    </message>
    <message>
        <source>A page holds 1 to 1000 rows.</source>
        <translation>A page holds 1 to 1000 rows.</translation>
    </message>
    <message>
        <source>Tasks are chosen by due or created date, as assignee, creator or any.</source>
        <translation>Tasks are chosen by due or created date, as assignee, creator or any.</translation>
    </message>
    <message>
        <source>Thresholds are seconds, 0 or more.</source>
        <translation>Thresholds are seconds, 0 or more.</translation>
    </message>
    <message>
        <source>There is no report {name}; the reports are: {names}.</source>
        <translation>There is no report {name}; the reports are: {names}.</translation>
    </message>
    <message>
        <source>This report covers every operator&apos;s calls; you may see only your own. Ask an administrator for the permission to see all calls.</source>
        <translation>This report covers every operator&apos;s calls; you may see only your own. Ask an administrator for the permission to see all calls.</translation>
    </message>
    <message>
        <source>{employee} is already calling this number back (until {time})</source>
        <translation>{employee} is already calling this number back (until {time})</translation>
    </message>
    <message>
        <source>A call without a number cannot be taken</source>
        <translation>A call without a number cannot be taken</translation>
    </message>
    <message>
        <source>the caller hung up</source>
        <translation>the caller hung up</translation>
    </message>
    <message>
        <source>the employee hung up</source>
        <translation>the employee hung up</translation>
    </message>
    <message>
        <source>the PBX ended the call</source>
        <translation>the PBX ended the call</translation>
    </message>
    <message>
        <source>{time}: called, waited {seconds} s</source>
        <translation>{time}: called, waited {seconds} s</translation>
    </message>
    <message>
        <source>rang nobody (IVR or queue only)</source>
        <translation>rang nobody (IVR or queue only)</translation>
    </message>
    <message>
        <source>rang {employee} for {seconds} s, no answer</source>
        <translation>rang {employee} for {seconds} s, no answer</translation>
    </message>
    <message>
        <source>{time}: {employee} called back, no answer</source>
        <translation>{time}: {employee} called back, no answer</translation>
    </message>
    <message>
        <source>Still open: nobody has talked to the caller</source>
        <translation>Still open: nobody has talked to the caller</translation>
    </message>
    <message>
        <source>closed by {employee} after {minutes} min</source>
        <translation>closed by {employee} after {minutes} min</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>The working day must end after it starts.</translation>
    </message>
    <message>
        <source>The callback target is 1 to {limit} minutes.</source>
        <translation>The callback target is 1 to {limit} minutes.</translation>
    </message>
    <message>
        <source>Repeated calls collapse over 0 to {limit} hours.</source>
        <translation>Repeated calls collapse over 0 to {limit} hours.</translation>
    </message>
    <message>
        <source>Taking a caller holds for 1 to {limit} minutes.</source>
        <translation>Taking a caller holds for 1 to {limit} minutes.</translation>
    </message>
    <message>
        <source>The recording {file} is not a plain WAV file; only WAV recordings of the same format can be joined into one file.</source>
        <translation>The recording {file} is not a plain WAV file; only WAV recordings of the same format can be joined into one file.</translation>
    </message>
    <message>
        <source>The recording {file} is {rate} Hz, {bits} bit, {channels} channel(s); the first part is {first_rate} Hz, {first_bits} bit, {first_channels} channel(s). Only recordings of the same format can be joined into one file.</source>
        <translation>The recording {file} is {rate} Hz, {bits} bit, {channels} channel(s); the first part is {first_rate} Hz, {first_bits} bit, {first_channels} channel(s). Only recordings of the same format can be joined into one file.</translation>
    </message>
    <message>
        <source>{name} is not a database name (letters, digits, _ $ -).</source>
        <translation>{name} is not a database name (letters, digits, _ $ -).</translation>
    </message>
    <message>
        <source>{name} is not a user name (letters, digits, _ $ -).</source>
        <translation>{name} is not a user name (letters, digits, _ $ -).</translation>
    </message>
    <message>
        <source>{name} is not a host name, address or pattern.</source>
        <translation>{name} is not a host name, address or pattern.</translation>
    </message>
    <message>
        <source>The demo line runs only on the demo database.</source>
        <translation>The demo line runs only on the demo database.</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>The transfer was cancelled.</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written.</source>
        <translation>The disk is full: {path} could not be written.</translation>
    </message>
    <message>
        <source>The file could not be transferred ({path}): {reason}.</source>
        <translation>The file could not be transferred ({path}): {reason}.</translation>
    </message>
    <message>
        <source>The task no longer exists or is not yours.</source>
        <translation>The task no longer exists or is not yours.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB.</source>
        <translation>The file is larger than {limit} MB.</translation>
    </message>
    <message>
        <source>The file was deleted.</source>
        <translation>The file was deleted.</translation>
    </message>
    <message>
        <source>The file store has no file {path}.</source>
        <translation>The file store has no file {path}.</translation>
    </message>
    <message>
        <source>Choose STARTTLS, SSL or no encryption.</source>
        <translation>Choose STARTTLS, SSL or no encryption.</translation>
    </message>
    <message>
        <source>«{address}» is not an e-mail address.</source>
        <translation>«{address}» is not an e-mail address.</translation>
    </message>
    <message>
        <source>The attached file was deleted.</source>
        <translation>The attached file was deleted.</translation>
    </message>
    <message>
        <source>Attachments over {limit} MB are not sent by mail.</source>
        <translation>Attachments over {limit} MB are not sent by mail.</translation>
    </message>
    <message>
        <source>The mail server did not accept the login {login}.</source>
        <translation>The mail server did not accept the login {login}.</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate is not trusted: {problem}</source>
        <translation>The mail server&apos;s certificate is not trusted: {problem}</translation>
    </message>
    <message>
        <source>The letter was not sent: {problem}</source>
        <translation>The letter was not sent: {problem}</translation>
    </message>
    <message>
        <source>{employee} changed this task meanwhile. Reopen it to see their changes.</source>
        <translation>{employee} changed this task meanwhile. Reopen it to see their changes.</translation>
    </message>
    <message>
        <source>Enter the task&apos;s title.</source>
        <translation>Enter the task&apos;s title.</translation>
    </message>
    <message>
        <source>The title is longer than {limit} characters.</source>
        <translation>The title is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Enter the hours spent on the task.</source>
        <translation>Enter the hours spent on the task.</translation>
    </message>
    <message>
        <source>The assignee is no longer an active employee.</source>
        <translation>The assignee is no longer an active employee.</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>The comment is empty.</translation>
    </message>
    <message>
        <source>Too many tasks for one Excel sheet.</source>
        <translation>Too many tasks for one Excel sheet.</translation>
    </message>
    <message>
        <source>The tasks report has no column {names}; it has: {keys}.</source>
        <translation>The tasks report has no column {names}; it has: {keys}.</translation>
    </message>
    <message>
        <source>The event has been deleted meanwhile</source>
        <translation>The event has been deleted meanwhile</translation>
    </message>
    <message>
        <source>Someone else changed the event meanwhile: {description} ({time}, {assignee}). Open it again and make your change</source>
        <translation>Someone else changed the event meanwhile: {description} ({time}, {assignee}). Open it again and make your change</translation>
    </message>
    <message>
        <source>Describe the event</source>
        <translation>Describe the event</translation>
    </message>
    <message>
        <source>The description is longer than {limit} characters</source>
        <translation>The description is longer than {limit} characters</translation>
    </message>
    <message>
        <source>A reminder cannot come after the event</source>
        <translation>A reminder cannot come after the event</translation>
    </message>
    <message>
        <source>Choose an active employee to assign</source>
        <translation>Choose an active employee to assign</translation>
    </message>
    <message>
        <source>Only the one who created an event makes events linked to it</source>
        <translation>Only the one who created an event makes events linked to it</translation>
    </message>
    <message>
        <source>You may not change this event</source>
        <translation>You may not change this event</translation>
    </message>
    <message>
        <source>A completed event cannot be moved</source>
        <translation>A completed event cannot be moved</translation>
    </message>
    <message>
        <source>Only the one who created an event deletes it</source>
        <translation>Only the one who created an event deletes it</translation>
    </message>
    <message>
        <source>A read replica needs a MySQL or MariaDB database.</source>
        <translation>A read replica needs a MySQL or MariaDB database.</translation>
    </message>
    <message>
        <source>{value} is not a host:port address of a read replica.</source>
        <translation>{value} is not a host:port address of a read replica.</translation>
    </message>
    <message>
        <source>Fill in both the PBX address and the extension.</source>
        <translation>Fill in both the PBX address and the extension.</translation>
    </message>
    <message>
        <source>The SIP account {account} already belongs to {owner}.</source>
        <translation>The SIP account {account} already belongs to {owner}.</translation>
    </message>
    <message>
        <source>Someone changed this SIP account meanwhile. Open it again to see the change.</source>
        <translation>Someone changed this SIP account meanwhile. Open it again to see the change.</translation>
    </message>
    <message>
        <source>Enter the view&apos;s name.</source>
        <translation>Enter the view&apos;s name.</translation>
    </message>
    <message>
        <source>The view&apos;s name is longer than {limit} characters.</source>
        <translation>The view&apos;s name is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>You have {limit} views already: delete one first.</source>
        <translation>You have {limit} views already: delete one first.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators may see who listened to recordings.</source>
        <translation>Only supervisors and administrators may see who listened to recordings.</translation>
    </message>
    <message>
        <source>The change would clear the value on {cards} cards.</source>
        <translation>The change would clear the value on {cards} cards.</translation>
    </message>
    <message>
        <source>«{name}» is too long (at most {limit} characters).</source>
        <translation>«{name}» is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Every list item needs a name.</source>
        <translation>Every list item needs a name.</translation>
    </message>
    <message>
        <source>The item «{name}» is in the list twice.</source>
        <translation>The item «{name}» is in the list twice.</translation>
    </message>
    <message>
        <source>A list needs at least one item.</source>
        <translation>A list needs at least one item.</translation>
    </message>
    <message>
        <source>Enter the list&apos;s name.</source>
        <translation>Enter the list&apos;s name.</translation>
    </message>
    <message>
        <source>A list «{name}» already exists.</source>
        <translation>A list «{name}» already exists.</translation>
    </message>
    <message>
        <source>The list no longer exists.</source>
        <translation>The list no longer exists.</translation>
    </message>
    <message>
        <source>Someone else changed the list «{name}» meanwhile: reopen it to see their changes.</source>
        <translation>Someone else changed the list «{name}» meanwhile: reopen it to see their changes.</translation>
    </message>
    <message>
        <source>Someone else removed an item of this list meanwhile: reopen it.</source>
        <translation>Someone else removed an item of this list meanwhile: reopen it.</translation>
    </message>
    <message>
        <source>The list is used by the fields {fields}: change or delete them first.</source>
        <translation>The list is used by the fields {fields}: change or delete them first.</translation>
    </message>
    <message>
        <source>Another administrator has changed the permissions of {name} meanwhile. The list is read again: make your change once more.</source>
        <translation>Another administrator has changed the permissions of {name} meanwhile. The list is read again: make your change once more.</translation>
    </message>
    <message>
        <source>At least one active employee must keep administration.</source>
        <translation>At least one active employee must keep administration.</translation>
    </message>
    <message>
        <source>No recordings folder is configured on this workstation: the softphone&apos;s recordings wait on this computer.</source>
        <translation>No recordings folder is configured on this workstation: the softphone&apos;s recordings wait on this computer.</translation>
    </message>
    <message>
        <source>The recording {file} could not be uploaded to {url} ({error}); it waits on this computer and is tried again.</source>
        <translation>The recording {file} could not be uploaded to {url} ({error}); it waits on this computer and is tried again.</translation>
    </message>
    <message>
        <source>The recording {file} could not be copied to the recordings folder {folder} ({error}); it waits on this computer and is tried again.</source>
        <translation>The recording {file} could not be copied to the recordings folder {folder} ({error}); it waits on this computer and is tried again.</translation>
    </message>
    <message>
        <source>Another administrator changed the groups of {name} meanwhile: the current ones are shown, choose again.</source>
        <translation>Another administrator changed the groups of {name} meanwhile: the current ones are shown, choose again.</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>Responsible manager</translation>
    </message>
    <message>
        <source>Responsible match</source>
        <translation>Responsible match</translation>
    </message>
    <message>
        <source>Wait duration</source>
        <translation>Wait duration</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>Talk duration</source>
        <translation>Talk duration</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>Hung up</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Queue result</source>
        <translation>Queue result</translation>
    </message>
    <message>
        <source>Time in queue</source>
        <translation>Time in queue</translation>
    </message>
    <message>
        <source>Line (DID)</source>
        <translation>Line (DID)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>No free channels</source>
        <translation>No free channels</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Caller left</source>
        <translation>Caller left</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Left with a key</source>
        <translation>Left with a key</translation>
    </message>
    <message>
        <source>Left: no agents</source>
        <translation>Left: no agents</translation>
    </message>
    <message>
        <source>Not queued: empty</source>
        <translation>Not queued: empty</translation>
    </message>
    <message>
        <source>Not queued: no agents</source>
        <translation>Not queued: no agents</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Demo database. Logins: {logins}; password for all: {password}</source>
        <translation>Demo database. Logins: {logins}; password for all: {password}</translation>
    </message>
    <message>
        <source>First start: creating the demo database ({calls} calls)…</source>
        <translation>First start: creating the demo database ({calls} calls)…</translation>
    </message>
    <message>
        <source>Upgrading…</source>
        <translation>Upgrading…</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>Password for {url}:</source>
        <translation>Password for {url}:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Upgrade the database now? Every workstation must then run this version of CallDesk.</source>
        <translation>Upgrade the database now? Every workstation must then run this version of CallDesk.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Demo database</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Hours spent</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation>Client filter</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
</context>
</TS>
