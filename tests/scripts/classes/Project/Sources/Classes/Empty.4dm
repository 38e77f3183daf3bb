//Nothing
