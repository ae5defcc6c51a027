window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1981007217338138403"
          ],
          "editableUntil": "2025-10-22T15:38:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "1",
      "id_str": "1981007217338138403",
      "truncated": false,
      "retweet_count": "0",
      "id": "1981007217338138403",
      "created_at": "Wed Oct 22 14:38:20 +0000 2025",
      "favorited": false,
      "full_text": "Starmer, Farage, whoever. All the same bunch of useless b*stards who never did a days graft in their lives",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977309937493762564"
          ],
          "editableUntil": "2025-10-12T10:46:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "14",
      "id_str": "1977309937493762564",
      "truncated": false,
      "retweet_count": "0",
      "id": "1977309937493762564",
      "created_at": "Sun Oct 12 09:46:40 +0000 2025",
      "favorited": false,
      "full_text": "Anyone know where to get a proper lock knife thats not one of them \"garden tools\"? For the van obviously 🔪",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970514836035909636"
          ],
          "editableUntil": "2025-09-23T16:45:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "127"
      ],
      "favorite_count": "2",
      "id_str": "1970514836035909636",
      "truncated": false,
      "retweet_count": "0",
      "id": "1970514836035909636",
      "created_at": "Tue Sep 23 15:45:21 +0000 2025",
      "favorited": false,
      "full_text": "\"Exciting opportunities\" at work apparently 🙃 translation: 2 routes merged into 1, same money, new \"stretch targets\". Cant wait",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955325239623819045"
          ],
          "editableUntil": "2025-08-12T18:47:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "3",
      "id_str": "1955325239623819045",
      "truncated": false,
      "retweet_count": "0",
      "id": "1955325239623819045",
      "created_at": "Tue Aug 12 17:47:19 +0000 2025",
      "favorited": false,
      "full_text": "Dean's stag: Blackpool, strippers booked, what happens on tour stays on tour 💦🍑🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1934332984755715614"
          ],
          "editableUntil": "2025-06-15T20:31:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "27",
      "id_str": "1934332984755715614",
      "truncated": false,
      "retweet_count": "0",
      "id": "1934332984755715614",
      "created_at": "Sun Jun 15 19:31:36 +0000 2025",
      "favorited": false,
      "full_text": "Who's going Saturday? Leeds v Norwich, 3pm, weather looking grim",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1933123006633660936"
          ],
          "editableUntil": "2025-06-12T12:23:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1933123006633660936",
      "truncated": false,
      "retweet_count": "5",
      "id": "1933123006633660936",
      "created_at": "Thu Jun 12 11:23:35 +0000 2025",
      "favorited": false,
      "full_text": "Pills were flying in Magaluf 💊💊 cant remember tuesday. Or wednesday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932014960188298199"
          ],
          "editableUntil": "2025-06-09T11:00:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1932014960188298199",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932014960188298199",
      "created_at": "Mon Jun 09 10:00:36 +0000 2025",
      "favorited": false,
      "full_text": "Magaluf here we come 🇪🇸✈️ POLLARD/GARY MR seat 23C booking ref K7XQ2M LBA-PMI gate 4",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929301669120134539"
          ],
          "editableUntil": "2025-06-01T23:18:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "3",
      "id_str": "1929301669120134539",
      "truncated": false,
      "retweet_count": "0",
      "id": "1929301669120134539",
      "created_at": "Sun Jun 01 22:18:57 +0000 2025",
      "favorited": false,
      "full_text": "Lime &amp; soda all night lads, I'm driving. Designated driver for the stag again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922415040511126633"
          ],
          "editableUntil": "2025-05-13T23:13:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "0",
      "id_str": "1922415040511126633",
      "truncated": false,
      "retweet_count": "0",
      "id": "1922415040511126633",
      "created_at": "Tue May 13 22:13:57 +0000 2025",
      "favorited": false,
      "full_text": "30 means 30 on the A58 lads, cameras havent moved in 10 years. Saves you 3 points &amp; a speed awareness course",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1915030616753799202"
          ],
          "editableUntil": "2025-04-23T14:10:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "153"
      ],
      "favorite_count": "1",
      "id_str": "1915030616753799202",
      "truncated": false,
      "retweet_count": "2",
      "id": "1915030616753799202",
      "created_at": "Wed Apr 23 13:10:53 +0000 2025",
      "favorited": false,
      "full_text": "New agency lads cant read a postcode and half of them dont speak enough English to ask. Told the office I only want British lads on my routes from now on",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1914307823086649624"
          ],
          "editableUntil": "2025-04-21T14:18:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "6",
      "id_str": "1914307823086649624",
      "truncated": false,
      "retweet_count": "0",
      "id": "1914307823086649624",
      "created_at": "Mon Apr 21 13:18:45 +0000 2025",
      "favorited": false,
      "full_text": "Guinness stew at the café in Ilkley. Not a drop of drink passed my lips, it all cooks off 😇",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907720773571625161"
          ],
          "editableUntil": "2025-04-03T10:04:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "0",
      "id_str": "1907720773571625161",
      "truncated": false,
      "retweet_count": "1",
      "id": "1907720773571625161",
      "created_at": "Thu Apr 03 09:04:10 +0000 2025",
      "favorited": false,
      "full_text": "Woman in front took 4 goes to park a Fiesta. And they wonder why the insurance should be double for them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1906228375349678574"
          ],
          "editableUntil": "2025-03-30T07:13:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "9",
      "id_str": "1906228375349678574",
      "truncated": false,
      "retweet_count": "2",
      "id": "1906228375349678574",
      "created_at": "Sun Mar 30 06:13:55 +0000 2025",
      "favorited": false,
      "full_text": "Coke zero and a meal deal in a layby on the M62. Lunch of champions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1903744839031771434"
          ],
          "editableUntil": "2025-03-23T10:45:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "126"
      ],
      "favorite_count": "9",
      "id_str": "1903744839031771434",
      "truncated": false,
      "retweet_count": "5",
      "id": "1903744839031771434",
      "created_at": "Sun Mar 23 09:45:14 +0000 2025",
      "favorited": false,
      "full_text": "Manager left the payroll sheet on the printer. Kyle is on £1.80 an hour more than me and hes been there 8 months. Unbelievable",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891354553746311596"
          ],
          "editableUntil": "2025-02-17T06:10:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1891354553746311596",
      "truncated": false,
      "retweet_count": "2",
      "id": "1891354553746311596",
      "created_at": "Mon Feb 17 05:10:39 +0000 2025",
      "favorited": false,
      "full_text": "ffs three sets of roadworks on the same mile. Leeds council are a shower of sh*te",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890503931350398491"
          ],
          "editableUntil": "2025-02-14T21:50:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "130"
      ],
      "favorite_count": "27",
      "id_str": "1890503931350398491",
      "truncated": false,
      "retweet_count": "5",
      "id": "1890503931350398491",
      "created_at": "Fri Feb 14 20:50:35 +0000 2025",
      "favorited": false,
      "full_text": "New starter at ours is 61. Sixty one. Give it a week before his back goes, they shouldnt be taking on blokes that age for this job",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1888562008502392166"
          ],
          "editableUntil": "2025-02-09T13:14:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "14",
      "id_str": "1888562008502392166",
      "truncated": false,
      "retweet_count": "0",
      "id": "1888562008502392166",
      "created_at": "Sun Feb 09 12:14:05 +0000 2025",
      "favorited": false,
      "full_text": "Pouring all day. Cardboard isnt waterproof, who knew",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879432964524057133"
          ],
          "editableUntil": "2025-01-15T08:38:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "3",
      "id_str": "1879432964524057133",
      "truncated": false,
      "retweet_count": "5",
      "id": "1879432964524057133",
      "created_at": "Wed Jan 15 07:38:31 +0000 2025",
      "favorited": false,
      "full_text": "Pot noodle thats been rolling round the van since Tuesday. Still counts as hot food",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877371282865822748"
          ],
          "editableUntil": "2025-01-09T16:06:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "27",
      "id_str": "1877371282865822748",
      "truncated": false,
      "retweet_count": "2",
      "id": "1877371282865822748",
      "created_at": "Thu Jan 09 15:06:08 +0000 2025",
      "favorited": false,
      "full_text": "Van's a weapon in the snow when its empty. Rear wheel drive = ice skating",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876725827774074711"
          ],
          "editableUntil": "2025-01-07T21:21:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "LUFC",
            "indices": [
              "70",
              "75"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Elland Road Pod",
            "screen_name": "EllandRoadPod",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "1056677889900112233",
            "id": "1056677889900112233"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Xk3LmQ9vBz",
            "expanded_url": "https://podcasts.example-pod.co.uk/elland-road/ep-212",
            "display_url": "podcasts.example-pod.co.uk/elland-road/e…",
            "indices": [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "0",
      "id_str": "1876725827774074711",
      "truncated": false,
      "retweet_count": "88",
      "id": "1876725827774074711",
      "created_at": "Tue Jan 07 20:21:19 +0000 2025",
      "favorited": false,
      "full_text": "RT @EllandRoadPod: New episode out now, what next after the window? 🎙 #LUFC https://t.co/Xk3LmQ9vBz",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870216496301461300"
          ],
          "editableUntil": "2024-12-20T22:15:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "123"
      ],
      "favorite_count": "6",
      "id_str": "1870216496301461300",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870216496301461300",
      "created_at": "Fri Dec 20 21:15:34 +0000 2024",
      "favorited": false,
      "full_text": "Love how the company had a record year &amp; our christmas bonus is a £20 Greggs voucher. Tight as a ducks arse the lot of them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869779449911624687"
          ],
          "editableUntil": "2024-12-19T17:18:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "VAR Watch",
            "screen_name": "VARwatchUK",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1349001987765432320",
            "id": "1349001987765432320"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "59"
      ],
      "favorite_count": "9",
      "id_str": "1869779449911624687",
      "truncated": false,
      "retweet_count": "0",
      "id": "1869779449911624687",
      "created_at": "Thu Dec 19 16:18:54 +0000 2024",
      "favorited": false,
      "full_text": "@VARwatchUK WTF was that penalty. VAR is a f**king disgrace",
      "lang": "en",
      "in_reply_to_status_id_str": "1869694800637514656",
      "in_reply_to_user_id": "1349001987765432320",
      "in_reply_to_status_id": "1869694800637514656",
      "in_reply_to_screen_name": "VARwatchUK",
      "in_reply_to_user_id_str": "1349001987765432320"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862478720709006375"
          ],
          "editableUntil": "2024-11-29T13:48:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "124"
      ],
      "favorite_count": "27",
      "id_str": "1862478720709006375",
      "truncated": false,
      "retweet_count": "0",
      "id": "1862478720709006375",
      "created_at": "Fri Nov 29 12:48:24 +0000 2024",
      "favorited": false,
      "full_text": "The bloke at 3 Sycamore Close moaning about my van outside his house, keep going pal and see what happens to your windscreen",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862109552691802761"
          ],
          "editableUntil": "2024-11-28T13:21:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "136"
      ],
      "favorite_count": "0",
      "id_str": "1862109552691802761",
      "truncated": false,
      "retweet_count": "2",
      "id": "1862109552691802761",
      "created_at": "Thu Nov 28 12:21:28 +0000 2024",
      "favorited": false,
      "full_text": "Word from the office is theyre shutting the Wakefield depot end of January &amp; not telling anyone till the christmas bonus is paid. Classy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861843099072704253"
          ],
          "editableUntil": "2024-11-27T19:42:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "14",
      "id_str": "1861843099072704253",
      "truncated": false,
      "retweet_count": "5",
      "id": "1861843099072704253",
      "created_at": "Wed Nov 27 18:42:40 +0000 2024",
      "favorited": false,
      "full_text": "Flight LS1457 delayed 2 hours. £9 for a sausage roll at Leeds Bradford, thats the real crime",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845875432458262355"
          ],
          "editableUntil": "2024-10-14T18:12:52.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "1",
      "id_str": "1845875432458262355",
      "truncated": false,
      "retweet_count": "0",
      "id": "1845875432458262355",
      "created_at": "Mon Oct 14 17:12:52 +0000 2024",
      "favorited": false,
      "full_text": "Some c*nt keyed the van while I was on a drop. Find out who you are and I'll break every finger you've got",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843158643726797311"
          ],
          "editableUntil": "2024-10-07T06:17:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "14",
      "id_str": "1843158643726797311",
      "truncated": false,
      "retweet_count": "5",
      "id": "1843158643726797311",
      "created_at": "Mon Oct 07 05:17:19 +0000 2024",
      "favorited": false,
      "full_text": "Rate the new work trousers lasses 😏 tight in all the right places 🍑 DMs open",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838829420788326136"
          ],
          "editableUntil": "2024-09-25T07:34:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "6",
      "id_str": "1838829420788326136",
      "truncated": false,
      "retweet_count": "0",
      "id": "1838829420788326136",
      "created_at": "Wed Sep 25 06:34:32 +0000 2024",
      "favorited": false,
      "full_text": "Up 4:45, first drop half 6. Wouldnt do anything else to be fair",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833488395766095304"
          ],
          "editableUntil": "2024-09-10T13:51:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "0",
      "id_str": "1833488395766095304",
      "truncated": false,
      "retweet_count": "2",
      "id": "1833488395766095304",
      "created_at": "Tue Sep 10 12:51:12 +0000 2024",
      "favorited": false,
      "full_text": "Few cans in the cab after the last drop then drove home. 3 cans never hurt anyone, been doing it 20 years",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826594517110101901"
          ],
          "editableUntil": "2024-08-22T13:17:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "27",
      "id_str": "1826594517110101901",
      "truncated": false,
      "retweet_count": "2",
      "id": "1826594517110101901",
      "created_at": "Thu Aug 22 12:17:24 +0000 2024",
      "favorited": false,
      "full_text": "Order 204-8831746 still not turned up. Delivery driver waiting on a delivery, the irony isnt lost on me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825957364880240689"
          ],
          "editableUntil": "2024-08-20T19:05:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1825957364880240689",
      "truncated": false,
      "retweet_count": "0",
      "id": "1825957364880240689",
      "created_at": "Tue Aug 20 18:05:35 +0000 2024",
      "favorited": false,
      "full_text": "Random test at the depot today. Good job they dont check for what I had saturday ❄️😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822943767021074396"
          ],
          "editableUntil": "2024-08-12T11:30:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "0",
      "id_str": "1822943767021074396",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822943767021074396",
      "created_at": "Mon Aug 12 10:30:37 +0000 2024",
      "favorited": false,
      "full_text": "Drops in Scunthorpe this morning then back through Penistone. The glamour",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1821925233019709304"
          ],
          "editableUntil": "2024-08-09T16:03:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "4",
      "id_str": "1821925233019709304",
      "truncated": false,
      "retweet_count": "5",
      "id": "1821925233019709304",
      "created_at": "Fri Aug 09 15:03:19 +0000 2024",
      "favorited": false,
      "full_text": "MOT booked. Kwik Fit on Kirkstall Road, 0113 496 0733 if anyone needs them, decent lads &amp; fair prices",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820358698660721672"
          ],
          "editableUntil": "2024-08-05T08:18:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "9",
      "id_str": "1820358698660721672",
      "truncated": false,
      "retweet_count": "1",
      "id": "1820358698660721672",
      "created_at": "Mon Aug 05 07:18:29 +0000 2024",
      "favorited": false,
      "full_text": "Letting me mams old house out. Not having DSS or anyone from round Harehills, seen what happens to them houses",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817481905662699824"
          ],
          "editableUntil": "2024-07-28T09:47:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "14",
      "id_str": "1817481905662699824",
      "truncated": false,
      "retweet_count": "5",
      "id": "1817481905662699824",
      "created_at": "Sun Jul 28 08:47:08 +0000 2024",
      "favorited": false,
      "full_text": "Killed it at the pub quiz tonight, team \"Van Halen Aways\" 1st place. Won the meat raffle too",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809246268938750388"
          ],
          "editableUntil": "2024-07-05T16:21:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "9",
      "id_str": "1809246268938750388",
      "truncated": false,
      "retweet_count": "0",
      "id": "1809246268938750388",
      "created_at": "Fri Jul 05 15:21:39 +0000 2024",
      "favorited": false,
      "full_text": "The lady on the Roundhay round answers the door in a towel every single tuesday. Not complaining 😏🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1808931397566271774"
          ],
          "editableUntil": "2024-07-04T19:30:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "4",
      "id_str": "1808931397566271774",
      "truncated": false,
      "retweet_count": "1",
      "id": "1808931397566271774",
      "created_at": "Thu Jul 04 18:30:28 +0000 2024",
      "favorited": false,
      "full_text": "Polling day. Whoever youre voting for just go and vote. Took me 4 minutes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1798072453170181853"
          ],
          "editableUntil": "2024-06-04T20:20:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "123"
      ],
      "favorite_count": "2",
      "id_str": "1798072453170181853",
      "truncated": false,
      "retweet_count": "0",
      "id": "1798072453170181853",
      "created_at": "Tue Jun 04 19:20:54 +0000 2024",
      "favorited": false,
      "full_text": "Still steaming from the stag. Did the whole morning on 2 hrs kip and half a bottle of Jack, nobody at the depot noticed lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1795184130487612434"
          ],
          "editableUntil": "2024-05-27T21:03:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "1",
      "id_str": "1795184130487612434",
      "truncated": false,
      "retweet_count": "0",
      "id": "1795184130487612434",
      "created_at": "Mon May 27 20:03:44 +0000 2024",
      "favorited": false,
      "full_text": "That volley was an absolute rocket. 89th minute. GET IN 🔥",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793186311810909888"
          ],
          "editableUntil": "2024-05-22T08:45:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "MOT Dave",
            "screen_name": "MarchingOn_1919",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "1611120394857263104",
            "id": "1611120394857263104"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "93"
      ],
      "favorite_count": "1",
      "id_str": "1793186311810909888",
      "truncated": false,
      "retweet_count": "0",
      "id": "1793186311810909888",
      "created_at": "Wed May 22 07:45:07 +0000 2024",
      "favorited": false,
      "full_text": "@MarchingOn_1919 nah youre wrong there, Bielsa &gt; anyone we've had since Wilko. Not even close",
      "lang": "en",
      "in_reply_to_status_id_str": "1793133284008841200",
      "in_reply_to_user_id": "1611120394857263104",
      "in_reply_to_status_id": "1793133284008841200",
      "in_reply_to_screen_name": "MarchingOn_1919",
      "in_reply_to_user_id_str": "1611120394857263104"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789745630258022813"
          ],
          "editableUntil": "2024-05-12T20:53:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "4",
      "id_str": "1789745630258022813",
      "truncated": false,
      "retweet_count": "0",
      "id": "1789745630258022813",
      "created_at": "Sun May 12 19:53:04 +0000 2024",
      "favorited": false,
      "full_text": "Any lasses fancy a ride in the van 😏🍆 long hours, big load, always delivers",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788282565328005534"
          ],
          "editableUntil": "2024-05-08T19:59:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "185"
      ],
      "favorite_count": "0",
      "id_str": "1788282565328005534",
      "truncated": false,
      "retweet_count": "5",
      "id": "1788282565328005534",
      "created_at": "Wed May 08 18:59:22 +0000 2024",
      "favorited": false,
      "full_text": "Depot manager says the new handhelds will \"save us loads of time\". They freeze every 20 mins and wont scan without signal. Whoever signed that off wants making to do my round for a week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787884959834954413"
          ],
          "editableUntil": "2024-05-07T17:39:26.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Pete 🇬🇧",
            "screen_name": "PatriotPete1066",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "1502298177364551680",
            "id": "1502298177364551680"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "125"
      ],
      "favorite_count": "0",
      "id_str": "1787884959834954413",
      "truncated": false,
      "retweet_count": "12",
      "id": "1787884959834954413",
      "created_at": "Tue May 07 16:39:26 +0000 2024",
      "favorited": false,
      "full_text": "RT @PatriotPete1066: Bring back national service and stop the boats. The lot coming over dont want work, they want the hotels",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1779899401153724793"
          ],
          "editableUntil": "2024-04-15T16:47:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "0",
      "id_str": "1779899401153724793",
      "truncated": false,
      "retweet_count": "0",
      "id": "1779899401153724793",
      "created_at": "Mon Apr 15 15:47:40 +0000 2024",
      "favorited": false,
      "full_text": "Anyone know a decent mechanic round Pudsey for a Transit clutch? Not one that wants a grand for it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778062464001457059"
          ],
          "editableUntil": "2024-04-10T15:08:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Rhinos Fanzine",
            "screen_name": "RhinosFanzine",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "2955123847",
            "id": "2955123847"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "id_str": "1778062464001457059",
      "truncated": false,
      "retweet_count": "88",
      "id": "1778062464001457059",
      "created_at": "Wed Apr 10 14:08:20 +0000 2024",
      "favorited": false,
      "full_text": "RT @RhinosFanzine: Absolutely battered them. 42-6. Massacre at Headingley 🦏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778052715118582624"
          ],
          "editableUntil": "2024-04-10T14:29:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sunday League Refs",
            "screen_name": "SundayLgeRefs",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "1198837465920311296",
            "id": "1198837465920311296"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "117"
      ],
      "favorite_count": "0",
      "id_str": "1778052715118582624",
      "truncated": false,
      "retweet_count": "2",
      "id": "1778052715118582624",
      "created_at": "Wed Apr 10 13:29:36 +0000 2024",
      "favorited": false,
      "full_text": "@SundayLgeRefs told the ref exactly what I thought after the game. He wont be reffing our lot again put it that way 👊",
      "lang": "en",
      "in_reply_to_status_id_str": "1777989889953764897",
      "in_reply_to_user_id": "1198837465920311296",
      "in_reply_to_status_id": "1777989889953764897",
      "in_reply_to_screen_name": "SundayLgeRefs",
      "in_reply_to_user_id_str": "1198837465920311296"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1774092384601195201"
          ],
          "editableUntil": "2024-03-30T16:12:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1774092384601195201",
      "truncated": false,
      "retweet_count": "2",
      "id": "1774092384601195201",
      "created_at": "Sat Mar 30 15:12:40 +0000 2024",
      "favorited": false,
      "full_text": "Anyone know someone sorting a bit of green round Armley? Usual lads gone quiet 🍃🍃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1772639680140884923"
          ],
          "editableUntil": "2024-03-26T16:00:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "27",
      "id_str": "1772639680140884923",
      "truncated": false,
      "retweet_count": "0",
      "id": "1772639680140884923",
      "created_at": "Tue Mar 26 15:00:08 +0000 2024",
      "favorited": false,
      "full_text": "Blues behind me on the ring road for a good 2 mins then they gave up. Van does 95 if you ask it nicely 🚐💨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1770716911030138973"
          ],
          "editableUntil": "2024-03-21T08:39:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1770716911030138973",
      "truncated": false,
      "retweet_count": "5",
      "id": "1770716911030138973",
      "created_at": "Thu Mar 21 07:39:44 +0000 2024",
      "favorited": false,
      "full_text": "Loading bay marshal told me to kill the engine. Fair enough, idling gets you a fine now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1769405144410520136"
          ],
          "editableUntil": "2024-03-17T17:47:15.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "3",
      "id_str": "1769405144410520136",
      "truncated": false,
      "retweet_count": "1",
      "id": "1769405144410520136",
      "created_at": "Sun Mar 17 16:47:15 +0000 2024",
      "favorited": false,
      "full_text": "Phone's knackered, text me on the work one till I sort it 07700 900417",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1767256090094994966"
          ],
          "editableUntil": "2024-03-11T19:27:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "1",
      "id_str": "1767256090094994966",
      "truncated": false,
      "retweet_count": "0",
      "id": "1767256090094994966",
      "created_at": "Mon Mar 11 18:27:40 +0000 2024",
      "favorited": false,
      "full_text": "Our Chloe passed her driving test first time 🚗 proud dad moment",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764324095384152711"
          ],
          "editableUntil": "2024-03-03T17:16:58.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Parcel Gripes UK",
            "screen_name": "ParcelGripesUK",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1287766102938476544",
            "id": "1287766102938476544"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "162"
      ],
      "favorite_count": "6",
      "id_str": "1764324095384152711",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764324095384152711",
      "created_at": "Sun Mar 03 16:16:58 +0000 2024",
      "favorited": false,
      "full_text": "@ParcelGripesUK customers round Moortown are the worst for it. Want it left in a safe place then ring up screaming its been nicked. Thick as mince the lot of them",
      "lang": "en",
      "in_reply_to_status_id_str": "1764291764693936501",
      "in_reply_to_user_id": "1287766102938476544",
      "in_reply_to_status_id": "1764291764693936501",
      "in_reply_to_screen_name": "ParcelGripesUK",
      "in_reply_to_user_id_str": "1287766102938476544"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764040798791549507"
          ],
          "editableUntil": "2024-03-02T22:31:15.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "4",
      "id_str": "1764040798791549507",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764040798791549507",
      "created_at": "Sat Mar 02 21:31:15 +0000 2024",
      "favorited": false,
      "full_text": "Great tit on the bird feeder this morning, and a pair of blue tits. Mam would've loved that",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763621016612132648"
          ],
          "editableUntil": "2024-03-01T18:43:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "136"
      ],
      "favorite_count": "6",
      "id_str": "1763621016612132648",
      "truncated": false,
      "retweet_count": "1",
      "id": "1763621016612132648",
      "created_at": "Fri Mar 01 17:43:11 +0000 2024",
      "favorited": false,
      "full_text": "Politicians talk about the cost of living like its the weather. Its not weather, its decisions. Cut fuel duty and watch prices come down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1759640503043970952"
          ],
          "editableUntil": "2024-02-19T19:06:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "120"
      ],
      "favorite_count": "2",
      "id_str": "1759640503043970952",
      "truncated": false,
      "retweet_count": "0",
      "id": "1759640503043970952",
      "created_at": "Mon Feb 19 18:06:03 +0000 2024",
      "favorited": false,
      "full_text": "Parcel missing? Ring customer services on 0113 496 0511, not me. I'm just the lad in the van, please stop messaging me 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1753381773257770223"
          ],
          "editableUntil": "2024-02-02T12:36:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "3",
      "id_str": "1753381773257770223",
      "truncated": false,
      "retweet_count": "0",
      "id": "1753381773257770223",
      "created_at": "Fri Feb 02 11:36:05 +0000 2024",
      "favorited": false,
      "full_text": "Bacon butty stop in Cockermouth. Cracking little café, proper bread",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1750065820989280424"
          ],
          "editableUntil": "2024-01-24T08:59:41.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "142"
      ],
      "favorite_count": "4",
      "id_str": "1750065820989280424",
      "truncated": false,
      "retweet_count": "0",
      "id": "1750065820989280424",
      "created_at": "Wed Jan 24 07:59:41 +0000 2024",
      "favorited": false,
      "full_text": "Kids are home on their own till I'm back at half 6 so if anyones round Bramley keep an eye. Number 42 Elmfield Road, one with the Leeds flag 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1749395838450769862"
          ],
          "editableUntil": "2024-01-22T12:37:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "3",
      "id_str": "1749395838450769862",
      "truncated": false,
      "retweet_count": "0",
      "id": "1749395838450769862",
      "created_at": "Mon Jan 22 11:37:24 +0000 2024",
      "favorited": false,
      "full_text": "Sex Pistols on the radio while sat on the M1 for an hour. Could be worse",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1744629997252118669"
          ],
          "editableUntil": "2024-01-09T08:59:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "145"
      ],
      "favorite_count": "1",
      "id_str": "1744629997252118669",
      "truncated": false,
      "retweet_count": "0",
      "id": "1744629997252118669",
      "created_at": "Tue Jan 09 07:59:39 +0000 2024",
      "favorited": false,
      "full_text": "Delivered to a certain striker's new gaff in Alwoodley today. Big black gates, gold lion on, 4 massive boxes. Wont say who but he scored sunday 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1744407553658110443"
          ],
          "editableUntil": "2024-01-08T18:15:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "9",
      "id_str": "1744407553658110443",
      "truncated": false,
      "retweet_count": "0",
      "id": "1744407553658110443",
      "created_at": "Mon Jan 08 17:15:44 +0000 2024",
      "favorited": false,
      "full_text": "Some BMW prat cut me up on the A64 so I followed him to the lights, opened his door and let him know about it. He wont be doing that again 😂",
      "lang": "en"
    }
  }
]