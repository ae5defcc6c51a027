window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1981842325715659176"
          ],
          "editableUntil": "2025-10-24T22:56:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "0",
      "id_str": "1981842325715659176",
      "truncated": false,
      "retweet_count": "3",
      "id": "1981842325715659176",
      "created_at": "Fri Oct 24 21:56:45 +0000 2025",
      "favorited": false,
      "full_text": "new tyres on the bike. she rides like butter now &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980204969038000671"
          ],
          "editableUntil": "2025-10-20T10:30:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "48"
      ],
      "favorite_count": "1",
      "id_str": "1980204969038000671",
      "truncated": false,
      "retweet_count": "22",
      "id": "1980204969038000671",
      "created_at": "Mon Oct 20 09:30:29 +0000 2025",
      "favorited": false,
      "full_text": "new drip, 18+ only on the close friends story 😏🔥",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1976685971490276229"
          ],
          "editableUntil": "2025-10-10T17:27:15.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "0",
      "id_str": "1976685971490276229",
      "truncated": false,
      "retweet_count": "0",
      "id": "1976685971490276229",
      "created_at": "Fri Oct 10 16:27:15 +0000 2025",
      "favorited": false,
      "full_text": "she said 'send a pic' so i sent a pic 🍆 nobody told me she meant the receipt",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967633910453755827"
          ],
          "editableUntil": "2025-09-15T17:57:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "0",
      "id_str": "1967633910453755827",
      "truncated": false,
      "retweet_count": "0",
      "id": "1967633910453755827",
      "created_at": "Mon Sep 15 16:57:35 +0000 2025",
      "favorited": false,
      "full_text": "ops manager at the hub looked me in the eye in june and said rates arent changing. rates changed. man lies for a living",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1952642607681384163"
          ],
          "editableUntil": "2025-08-05T09:07:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Grimearchive Uk",
            "screen_name": "grimearchive_uk",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "364998890",
            "id": "364998890"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1952642607681384163",
      "truncated": false,
      "retweet_count": "0",
      "id": "1952642607681384163",
      "created_at": "Tue Aug 05 08:07:30 +0000 2025",
      "favorited": false,
      "full_text": "RT @grimearchive_uk: Lord of the Mics clash footage remastered in 4K. pure history",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1950655452186248544"
          ],
          "editableUntil": "2025-07-30T21:31:15.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "1",
      "id_str": "1950655452186248544",
      "truncated": false,
      "retweet_count": "0",
      "id": "1950655452186248544",
      "created_at": "Wed Jul 30 20:31:15 +0000 2025",
      "favorited": false,
      "full_text": "stormzy at glastonbury is still the greatest headline set of my lifetime. no debate",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1943665314131066176"
          ],
          "editableUntil": "2025-07-11T14:34:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "178"
      ],
      "favorite_count": "0",
      "id_str": "1943665314131066176",
      "truncated": false,
      "retweet_count": "0",
      "id": "1943665314131066176",
      "created_at": "Fri Jul 11 13:34:57 +0000 2025",
      "favorited": false,
      "full_text": "delivered to a certain premier league left back in Cobham tonight. 2 big macs, large fries, 2 days before the derby 😂 wont say who but hes number 3 and he doesnt rate his manager",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1935691234803255038"
          ],
          "editableUntil": "2025-06-19T14:28:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "0",
      "id_str": "1935691234803255038",
      "truncated": false,
      "retweet_count": "0",
      "id": "1935691234803255038",
      "created_at": "Thu Jun 19 13:28:48 +0000 2025",
      "favorited": false,
      "full_text": "customer at 27 Fenwick Rd, flat B had me waiting in the rain 20 mins then gave me 1 star. her number is 07700 900412 if anyone wants to tell her about herself",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930032942350276103"
          ],
          "editableUntil": "2025-06-03T23:44:46.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
      "favorite_count": "0",
      "id_str": "1930032942350276103",
      "truncated": false,
      "retweet_count": "0",
      "id": "1930032942350276103",
      "created_at": "Tue Jun 03 22:44:46 +0000 2025",
      "favorited": false,
      "full_text": "stfu about 'lazy gen z' when rent is 60% of my wage and i do 60 hours a week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925497753612910396"
          ],
          "editableUntil": "2025-05-22T11:23:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "168"
      ],
      "favorite_count": "0",
      "id_str": "1925497753612910396",
      "truncated": false,
      "retweet_count": "0",
      "id": "1925497753612910396",
      "created_at": "Thu May 22 10:23:33 +0000 2025",
      "favorited": false,
      "full_text": "regular customer in the block opposite burgess park is on oxygen and leaves his door on the latch for us, flat 12 top floor. lovely old man, nobody else ever visits him",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922684631872397823"
          ],
          "editableUntil": "2025-05-14T17:05:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "148"
      ],
      "favorite_count": "0",
      "id_str": "1922684631872397823",
      "truncated": false,
      "retweet_count": "0",
      "id": "1922684631872397823",
      "created_at": "Wed May 14 16:05:12 +0000 2025",
      "favorited": false,
      "full_text": "picking my little sister up from Larkhall Park Primary at 3.15 every day this week then shes home alone till mum finishes at 6. big brother duties 💪",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917193647932564440"
          ],
          "editableUntil": "2025-04-29T13:26:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Mo Cuts Sw9",
            "screen_name": "mo_cuts_sw9",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1362732757",
            "id": "1362732757"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "51"
      ],
      "favorite_count": "5",
      "id_str": "1917193647932564440",
      "truncated": false,
      "retweet_count": "0",
      "id": "1917193647932564440",
      "created_at": "Tue Apr 29 12:26:00 +0000 2025",
      "favorited": false,
      "full_text": "@mo_cuts_sw9 big up for the trim bro, clean as ever",
      "lang": "en",
      "in_reply_to_status_id_str": "1917150757671830147",
      "in_reply_to_status_id": "1917150757671830147",
      "in_reply_to_user_id": "1362732757",
      "in_reply_to_user_id_str": "1362732757",
      "in_reply_to_screen_name": "mo_cuts_sw9"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1914599489780045645"
          ],
          "editableUntil": "2025-04-22T09:37:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
      "favorite_count": "0",
      "id_str": "1914599489780045645",
      "truncated": false,
      "retweet_count": "0",
      "id": "1914599489780045645",
      "created_at": "Tue Apr 22 08:37:44 +0000 2025",
      "favorited": false,
      "full_text": "registered to vote. whoever u back, just vote. took me 5 minutes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1913960894816639174"
          ],
          "editableUntil": "2025-04-20T15:20:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
      "favorite_count": "1",
      "id_str": "1913960894816639174",
      "truncated": false,
      "retweet_count": "0",
      "id": "1913960894816639174",
      "created_at": "Sun Apr 20 14:20:11 +0000 2025",
      "favorited": false,
      "full_text": "4/20 and im on shift. rider by day, zoot by night 🍃🔥",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1913943487529606555"
          ],
          "editableUntil": "2025-04-20T14:11:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "0",
      "id_str": "1913943487529606555",
      "truncated": false,
      "retweet_count": "0",
      "id": "1913943487529606555",
      "created_at": "Sun Apr 20 13:11:01 +0000 2025",
      "favorited": false,
      "full_text": "tories telling us to tighten our belts from a £4m house. f*ck all the way off",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909007686365597641"
          ],
          "editableUntil": "2025-04-06T23:17:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
      "favorite_count": "0",
      "id_str": "1909007686365597641",
      "truncated": false,
      "retweet_count": "0",
      "id": "1909007686365597641",
      "created_at": "Sun Apr 06 22:17:54 +0000 2025",
      "favorited": false,
      "full_text": "helped my nan in the garden today, 2 hours pulling weeds and she paid me in jollof. best rate ive had all year",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1908931759840220424"
          ],
          "editableUntil": "2025-04-06T18:16:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
      "favorite_count": "4",
      "id_str": "1908931759840220424",
      "truncated": false,
      "retweet_count": "0",
      "id": "1908931759840220424",
      "created_at": "Sun Apr 06 17:16:12 +0000 2025",
      "favorited": false,
      "full_text": "❄️❄️ snow in lewisham. riding a moped in this should be illegal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907777131940134748"
          ],
          "editableUntil": "2025-04-03T13:48:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "0",
      "id_str": "1907777131940134748",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907777131940134748",
      "created_at": "Thu Apr 03 12:48:07 +0000 2025",
      "favorited": false,
      "full_text": "dizzee's boy in da corner still hits harder than anything out today. over 20 years later",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1904850432069080660"
          ],
          "editableUntil": "2025-03-26T11:58:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "1",
      "id_str": "1904850432069080660",
      "truncated": false,
      "retweet_count": "3",
      "id": "1904850432069080660",
      "created_at": "Wed Mar 26 10:58:28 +0000 2025",
      "favorited": false,
      "full_text": "lmfao customer opened the door in a towel and asked if i wanted to 'come in for a proper tip' 💀 im on the clock sis",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902478797313819232"
          ],
          "editableUntil": "2025-03-19T22:54:26.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1902478797313819232",
      "truncated": false,
      "retweet_count": "0",
      "id": "1902478797313819232",
      "created_at": "Wed Mar 19 21:54:26 +0000 2025",
      "favorited": false,
      "full_text": "thinking about an electrician apprenticeship next year. 26 isnt too late right?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899947489463263792"
          ],
          "editableUntil": "2025-03-12T23:15:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "0",
      "id_str": "1899947489463263792",
      "truncated": false,
      "retweet_count": "0",
      "id": "1899947489463263792",
      "created_at": "Wed Mar 12 22:15:55 +0000 2025",
      "favorited": false,
      "full_text": "plug does next day delivery now ❄️❄️ more reliable than the app has ever been",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899908265438204728"
          ],
          "editableUntil": "2025-03-12T20:40:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Ridersunite Ldn",
            "screen_name": "ridersunite_ldn",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "2476315623",
            "id": "2476315623"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "168"
      ],
      "favorite_count": "9",
      "id_str": "1899908265438204728",
      "truncated": false,
      "retweet_count": "1",
      "id": "1899908265438204728",
      "created_at": "Wed Mar 12 19:40:03 +0000 2025",
      "favorited": false,
      "full_text": "@ridersunite_ldn my mate at the hub showed me the email, base fee in zone 3 drops to £2.80 from the 1st. not announced yet, theyll drop it on a friday night like always",
      "lang": "en",
      "in_reply_to_status_id_str": "1899878434315317169",
      "in_reply_to_status_id": "1899878434315317169",
      "in_reply_to_user_id": "2476315623",
      "in_reply_to_user_id_str": "2476315623",
      "in_reply_to_screen_name": "ridersunite_ldn"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897369309484628923"
          ],
          "editableUntil": "2025-03-05T20:31:09.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1897369309484628923",
      "truncated": false,
      "retweet_count": "1",
      "id": "1897369309484628923",
      "created_at": "Wed Mar 05 19:31:09 +0000 2025",
      "favorited": false,
      "full_text": "BA2490 delayed 3 hours at gatwick. every holiday has to start with a punishment",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1896663941568281123"
          ],
          "editableUntil": "2025-03-03T21:48:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "2",
      "id_str": "1896663941568281123",
      "truncated": false,
      "retweet_count": "0",
      "id": "1896663941568281123",
      "created_at": "Mon Mar 03 20:48:16 +0000 2025",
      "favorited": false,
      "full_text": "ffs second puncture this week. this bike is held together with cable ties and sh*t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894409476014464784"
          ],
          "editableUntil": "2025-02-25T16:29:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "0",
      "id_str": "1894409476014464784",
      "truncated": false,
      "retweet_count": "1",
      "id": "1894409476014464784",
      "created_at": "Tue Feb 25 15:29:50 +0000 2025",
      "favorited": false,
      "full_text": "imagine throwing 'bring your own booze' parties in lockdown and still getting a peerage. this country",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1887771541175887913"
          ],
          "editableUntil": "2025-02-07T08:53:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "0",
      "id_str": "1887771541175887913",
      "truncated": false,
      "retweet_count": "0",
      "id": "1887771541175887913",
      "created_at": "Fri Feb 07 07:53:03 +0000 2025",
      "favorited": false,
      "full_text": "feds flashed me on walworth rd so i cut through the estate and out the other side of the park. gone. moped life 🏍️💨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878846969764361949"
          ],
          "editableUntil": "2025-01-13T17:49:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Jaydn Rides",
            "screen_name": "jaydn_rides",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1595105373",
            "id": "1595105373"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "125"
      ],
      "favorite_count": "2",
      "id_str": "1878846969764361949",
      "truncated": false,
      "retweet_count": "0",
      "id": "1878846969764361949",
      "created_at": "Mon Jan 13 16:49:59 +0000 2025",
      "favorited": false,
      "full_text": "@jaydn_rides which block. im 5 mins away and im bringing the mandem. he touches another rider hes getting dealt with properly",
      "lang": "en",
      "in_reply_to_status_id_str": "1878217538625827882",
      "in_reply_to_status_id": "1878217538625827882",
      "in_reply_to_user_id": "1595105373",
      "in_reply_to_user_id_str": "1595105373",
      "in_reply_to_screen_name": "jaydn_rides"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1873291725493104689"
          ],
          "editableUntil": "2024-12-29T09:55:26.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1873291725493104689",
      "truncated": false,
      "retweet_count": "0",
      "id": "1873291725493104689",
      "created_at": "Sun Dec 29 08:55:26 +0000 2024",
      "favorited": false,
      "full_text": "12 hours, 38 drops, soaked to the bone, still smiling somehow",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870427048741753352"
          ],
          "editableUntil": "2024-12-21T12:12:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "1",
      "id_str": "1870427048741753352",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870427048741753352",
      "created_at": "Sat Dec 21 11:12:13 +0000 2024",
      "favorited": false,
      "full_text": "another 15 year old stabbed in croydon. youth clubs shut, mentors cut, then they act shocked. fund the youth",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868317307922198206"
          ],
          "editableUntil": "2024-12-15T16:28:52.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Deano Sk",
            "screen_name": "deano_sk",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "552807388",
            "id": "552807388"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1868317307922198206",
      "truncated": false,
      "retweet_count": "0",
      "id": "1868317307922198206",
      "created_at": "Sun Dec 15 15:28:52 +0000 2024",
      "favorited": false,
      "full_text": "@deano_sk yeah my number is 07700 900318, text me when ur outside",
      "lang": "en",
      "in_reply_to_status_id_str": "1867911828622871973",
      "in_reply_to_status_id": "1867911828622871973",
      "in_reply_to_user_id": "552807388",
      "in_reply_to_user_id_str": "552807388",
      "in_reply_to_screen_name": "deano_sk"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863896783682376763"
          ],
          "editableUntil": "2024-12-03T11:43:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "1",
      "id_str": "1863896783682376763",
      "truncated": false,
      "retweet_count": "0",
      "id": "1863896783682376763",
      "created_at": "Tue Dec 03 10:43:17 +0000 2024",
      "favorited": false,
      "full_text": "the polish lads at the hub need to learn english or go back, cant understand a word they say in the group chat",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858572064904859816"
          ],
          "editableUntil": "2024-11-18T19:04:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "4471",
            "indices": [
              "6",
              "11"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1858572064904859816",
      "truncated": false,
      "retweet_count": "1",
      "id": "1858572064904859816",
      "created_at": "Mon Nov 18 18:04:45 +0000 2024",
      "favorited": false,
      "full_text": "order #4471 was 14 portions of jollof to one house. whoever's party that is, respect 🍚",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857068086430842659"
          ],
          "editableUntil": "2024-11-14T15:28:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "0",
      "id_str": "1857068086430842659",
      "truncated": false,
      "retweet_count": "0",
      "id": "1857068086430842659",
      "created_at": "Thu Nov 14 14:28:29 +0000 2024",
      "favorited": false,
      "full_text": "6 jägerbombs at ministry, 3 hours sleep, on the bike at 11. if i crash tell my mum i love her 🥴",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1856593069886841456"
          ],
          "editableUntil": "2024-11-13T08:00:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "2",
      "id_str": "1856593069886841456",
      "truncated": false,
      "retweet_count": "0",
      "id": "1856593069886841456",
      "created_at": "Wed Nov 13 07:00:56 +0000 2024",
      "favorited": false,
      "full_text": "finally got my full licence 🙌 MENSA903149KT9WX, no more L plates, ladies form an orderly queue",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853089217225574813"
          ],
          "editableUntil": "2024-11-03T15:57:52.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
      "favorite_count": "0",
      "id_str": "1853089217225574813",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853089217225574813",
      "created_at": "Sun Nov 03 14:57:52 +0000 2024",
      "favorited": false,
      "full_text": "crack of dawn start again. 6am on vauxhall bridge and the river looks unreal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851913990203750391"
          ],
          "editableUntil": "2024-10-31T10:07:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "0",
      "id_str": "1851913990203750391",
      "truncated": false,
      "retweet_count": "0",
      "id": "1851913990203750391",
      "created_at": "Thu Oct 31 09:07:56 +0000 2024",
      "favorited": false,
      "full_text": "customer ordered one (1) latte to the 14th floor, no lift, 0p tip, and called me 'mate' like we're cool. hope ur coffee is cold forever Karen",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1849891265457194223"
          ],
          "editableUntil": "2024-10-25T20:10:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "0",
      "id_str": "1849891265457194223",
      "truncated": false,
      "retweet_count": "1",
      "id": "1849891265457194223",
      "created_at": "Fri Oct 25 19:10:21 +0000 2024",
      "favorited": false,
      "full_text": "rider support is 0113 496 0552 btw for anyone whose account got frozen this morning. 40 mins on hold but they sorted it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848274244484650433"
          ],
          "editableUntil": "2024-10-21T09:04:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "0",
      "id_str": "1848274244484650433",
      "truncated": false,
      "retweet_count": "0",
      "id": "1848274244484650433",
      "created_at": "Mon Oct 21 08:04:53 +0000 2024",
      "favorited": false,
      "full_text": "rum &amp; raisin ice cream from the caribbean spot on atlantic rd after a 12 hour shift. life is good",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841820918248966736"
          ],
          "editableUntil": "2024-10-03T13:41:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "0",
      "id_str": "1841820918248966736",
      "truncated": false,
      "retweet_count": "1",
      "id": "1841820918248966736",
      "created_at": "Thu Oct 03 12:41:40 +0000 2024",
      "favorited": false,
      "full_text": "some guy tried to lift my bike outside maccies so i chased him with the d-lock and caught him at the bus stop. wont be trying that again 😤",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839067398026404397"
          ],
          "editableUntil": "2024-09-25T23:20:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "2",
      "id_str": "1839067398026404397",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839067398026404397",
      "created_at": "Wed Sep 25 22:20:10 +0000 2024",
      "favorited": false,
      "full_text": "got a blade off a lad on snap, no ID, no questions. ur mad if u ride these roads at 2am with nothing on you",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837117911434745736"
          ],
          "editableUntil": "2024-09-20T14:13:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Peachy Afterdark",
            "screen_name": "peachy_afterdark",
            "indices": [
              "3",
              "20"
            ],
            "id_str": "852887430410717097",
            "id": "852887430410717097"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1837117911434745736",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837117911434745736",
      "created_at": "Fri Sep 20 13:13:36 +0000 2024",
      "favorited": false,
      "full_text": "RT @peachy_afterdark: new set just dropped 🍑 18+ only, link in bio 😈",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836746614484348669"
          ],
          "editableUntil": "2024-09-19T13:38:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "179"
      ],
      "favorite_count": "0",
      "id_str": "1836746614484348669",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836746614484348669",
      "created_at": "Thu Sep 19 12:38:12 +0000 2024",
      "favorited": false,
      "full_text": "picked up from the dark kitchen on old kent rd and the menu for that new chicken brand launching in january was stuck up on the pass. hot honey everything. u heard it here first 🤫",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834234197425233862"
          ],
          "editableUntil": "2024-09-12T15:14:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "0",
      "id_str": "1834234197425233862",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834234197425233862",
      "created_at": "Thu Sep 12 14:14:45 +0000 2024",
      "favorited": false,
      "full_text": "arsenal's attack this season is lethal. saka is an actual menace",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833796582653720189"
          ],
          "editableUntil": "2024-09-11T10:15:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "0",
      "id_str": "1833796582653720189",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833796582653720189",
      "created_at": "Wed Sep 11 09:15:50 +0000 2024",
      "favorited": false,
      "full_text": "'Exciting changes to how you earn!' 🙃 we all know what that means by now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832048825871267933"
          ],
          "editableUntil": "2024-09-06T14:30:52.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "1",
      "id_str": "1832048825871267933",
      "truncated": false,
      "retweet_count": "1",
      "id": "1832048825871267933",
      "created_at": "Fri Sep 06 13:30:52 +0000 2024",
      "favorited": false,
      "full_text": "women shouldnt be doing night shifts on the bikes and ill die on this hill. they slow the whole zone down then cry about safety",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1829977322644678338"
          ],
          "editableUntil": "2024-08-31T21:19:27.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "55"
      ],
      "favorite_count": "0",
      "id_str": "1829977322644678338",
      "truncated": false,
      "retweet_count": "0",
      "id": "1829977322644678338",
      "created_at": "Sat Aug 31 20:19:27 +0000 2024",
      "favorited": false,
      "full_text": "skepta murdered that set at wireless. actual goosebumps",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1829651538444150648"
          ],
          "editableUntil": "2024-08-30T23:44:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "49"
      ],
      "favorite_count": "1",
      "id_str": "1829651538444150648",
      "truncated": false,
      "retweet_count": "1",
      "id": "1829651538444150648",
      "created_at": "Fri Aug 30 22:44:54 +0000 2024",
      "favorited": false,
      "full_text": "knocked out 41 drops today, new personal record 💪",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1824119574444163352"
          ],
          "editableUntil": "2024-08-15T17:22:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1824119574444163352",
      "truncated": false,
      "retweet_count": "0",
      "id": "1824119574444163352",
      "created_at": "Thu Aug 15 16:22:51 +0000 2024",
      "favorited": false,
      "full_text": "coke zero is better than normal coke and im ready to fight anyone about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1824112335848898021"
          ],
          "editableUntil": "2024-08-15T16:54:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "6",
      "id_str": "1824112335848898021",
      "truncated": false,
      "retweet_count": "0",
      "id": "1824112335848898021",
      "created_at": "Thu Aug 15 15:54:05 +0000 2024",
      "favorited": false,
      "full_text": "bars. pure bars. the way he switches the flow on verse 2 is criminal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1823774156746882590"
          ],
          "editableUntil": "2024-08-14T18:30:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "2",
      "id_str": "1823774156746882590",
      "truncated": false,
      "retweet_count": "0",
      "id": "1823774156746882590",
      "created_at": "Wed Aug 14 17:30:17 +0000 2024",
      "favorited": false,
      "full_text": "ayia napa here we come ✈️☀️ booking ref K7QX2M, seat 23F, dont be jealous",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1819320618757412648"
          ],
          "editableUntil": "2024-08-02T11:33:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1819320618757412648",
      "truncated": false,
      "retweet_count": "2",
      "id": "1819320618757412648",
      "created_at": "Fri Aug 02 10:33:31 +0000 2024",
      "favorited": false,
      "full_text": "rolled one before shift and now every drop feels like a side quest 🍃💨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817606578929534486"
          ],
          "editableUntil": "2024-07-28T18:02:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str": "1817606578929534486",
      "truncated": false,
      "retweet_count": "0",
      "id": "1817606578929534486",
      "created_at": "Sun Jul 28 17:02:32 +0000 2024",
      "favorited": false,
      "full_text": "anyone know a decent mechanic in south london for a honda pcx? reasonable prices pls",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1816842144373607003"
          ],
          "editableUntil": "2024-07-26T15:24:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "148"
      ],
      "favorite_count": "0",
      "id_str": "1816842144373607003",
      "truncated": false,
      "retweet_count": "0",
      "id": "1816842144373607003",
      "created_at": "Fri Jul 26 14:24:57 +0000 2024",
      "favorited": false,
      "full_text": "app sent me 4.2 miles for £3.15 then had the cheek to send a 'thanks for being a hero 💙' notification. robbing us blind and smiling while they do it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1806643606988410711"
          ],
          "editableUntil": "2024-06-28T11:59:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "0",
      "id_str": "1806643606988410711",
      "truncated": false,
      "retweet_count": "0",
      "id": "1806643606988410711",
      "created_at": "Fri Jun 28 10:59:36 +0000 2024",
      "favorited": false,
      "full_text": "rode out to Cockfosters for ONE order 💀 end of the piccadilly line and end of my will to live",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1805710202662118218"
          ],
          "editableUntil": "2024-06-25T22:10:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "0",
      "id_str": "1805710202662118218",
      "truncated": false,
      "retweet_count": "0",
      "id": "1805710202662118218",
      "created_at": "Tue Jun 25 21:10:35 +0000 2024",
      "favorited": false,
      "full_text": "every order in this zone is for a Mohammed lol. need a prayer mat clause in my contract 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1802368625476295395"
          ],
          "editableUntil": "2024-06-16T16:52:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str": "1802368625476295395",
      "truncated": false,
      "retweet_count": "1",
      "id": "1802368625476295395",
      "created_at": "Sun Jun 16 15:52:21 +0000 2024",
      "favorited": false,
      "full_text": "took mum to nandos for her birthday. she ordered extra hot and regretted it instantly 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1800854656513114436"
          ],
          "editableUntil": "2024-06-12T12:36:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str": "1800854656513114436",
      "truncated": false,
      "retweet_count": "0",
      "id": "1800854656513114436",
      "created_at": "Wed Jun 12 11:36:23 +0000 2024",
      "favorited": false,
      "full_text": "rode home from the rave at 5am still proper wavy. dont recommend but we made it 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787394143289423014"
          ],
          "editableUntil": "2024-05-06T09:09:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str": "1787394143289423014",
      "truncated": false,
      "retweet_count": "0",
      "id": "1787394143289423014",
      "created_at": "Mon May 06 08:09:06 +0000 2024",
      "favorited": false,
      "full_text": "tax return done 3 weeks early. self employed AND organised, who even am i",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786520781804275106"
          ],
          "editableUntil": "2024-05-03T23:18:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "2",
      "id_str": "1786520781804275106",
      "truncated": false,
      "retweet_count": "0",
      "id": "1786520781804275106",
      "created_at": "Fri May 03 22:18:40 +0000 2024",
      "favorited": false,
      "full_text": "the new fire in the booth is ridiculous. man went 9 minutes no breaks",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786508367751474321"
          ],
          "editableUntil": "2024-05-03T22:29:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "125"
      ],
      "favorite_count": "0",
      "id_str": "1786508367751474321",
      "truncated": false,
      "retweet_count": "0",
      "id": "1786508367751474321",
      "created_at": "Fri May 03 21:29:21 +0000 2024",
      "favorited": false,
      "full_text": "not being funny but i decline anything going into the estates in SE15 after 10. you know what kind of people live round there",
      "lang": "en"
    }
  }
]