"""Who sits at the station: first start, sign-in, switching user at a shared counter, the
idle lock, and a manager's approval on the same screen. Every check is the services'
(``app.services.auth``, ``app.services.approvals``); these dialogs collect what is typed or
scanned, call them, and say in the user's language why something was refused."""
